package io.dunning.contact.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.dunning.events.cases.CaseEvent;
import io.dunning.events.notice.NoticeEvent;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The ce_types read here are the ones the producers write: {@code <SimpleName>.v<@Revision>}. */
class EventTypesTest {

    @Test
    void everyRegisteredCeTypeMatchesTheEventsRevision() {
        for (Map.Entry<String, Class<?>> entry : EventTypes.all().entrySet()) {
            Revision revision = entry.getValue().getAnnotation(Revision.class);
            assertThat(revision).as(entry.getValue().getName()).isNotNull();
            assertThat(entry.getKey()).isEqualTo(entry.getValue().getSimpleName() + ".v" + revision.value());
        }
        assertThat(EventTypes.classOf("CaseOpened.v2")).isEmpty();
    }

    @Test
    void everyPublishedCaseAndNoticeEventIsReadNoneIsSkippedAsUnknown() {
        var published = new ClassFileImporter().importPackages("io.dunning.events").stream()
                .filter(type -> type.isAssignableTo(CaseEvent.class) || type.isAssignableTo(NoticeEvent.class))
                .filter(JavaClass::isRecord)
                .map(JavaClass::reflect)
                .toList();

        assertThat(published).hasSizeGreaterThan(50);
        assertThat(EventTypes.all().values()).containsExactlyInAnyOrderElementsOf(published);
    }
}

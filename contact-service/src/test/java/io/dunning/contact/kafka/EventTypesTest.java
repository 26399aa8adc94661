package io.dunning.contact.kafka;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(EventTypes.all()).hasSize(37);
        assertThat(EventTypes.classOf("CaseOpened.v2")).isEmpty();
    }
}

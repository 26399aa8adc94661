package io.dunning.notice.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.dunning.events.notice.NoticeEvent;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/** The package rules of STYLE.md for notice-service. */
@AnalyzeClasses(packages = {"io.dunning.notice", "io.dunning.events.notice"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"io.dunning.notice.letter..", "io.dunning.notice.rendering..",
            "io.dunning.notice.reminder"};

    @ArchTest
    static final ArchRule domainDependsOnNoTechnicalEdge = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..web..", "..kafka..", "..query..", "..config..", "..archive..", "..issuing..")
            .as("domain packages depend on no web, kafka, query, config, archive or issuing package");

    @ArchTest
    static final ArchRule domainUsesNoSpringBesidesTheAggregateStereotype = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "org.axonframework.spring..")
                    .and(not(equivalentTo(Aggregate.class))))
            .as("domain packages use no Spring (Axon's @Aggregate stereotype aside)");

    @ArchTest
    static final ArchRule kafkaOnlyAtTheKafkaEdge = noClasses()
            .that().resideOutsideOfPackages("io.dunning.notice.kafka..", "io.dunning.notice.config..")
            .should().dependOnClassesThat(resideInAPackage("org.apache.kafka..")
                    .or(resideInAPackage("org.springframework.kafka..")))
            .as("Kafka is used only in ..kafka.. (and ..config..)");

    @ArchTest
    static final ArchRule webOnlyAtTheWebEdge = noClasses()
            .that().resideOutsideOfPackages("io.dunning.notice.web..", "io.dunning.notice.courier.web..",
                    "io.dunning.notice.courier.http..", "io.dunning.notice.sms.http..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..")
            .as("HTTP is used only in ..web.. and the gateway adapters' ..http..");

    @ArchTest
    static final ArchRule everyNoticeEventIsARevisionedRecord = classes()
            .that().implement(NoticeEvent.class)
            .should().beAnnotatedWith(Revision.class)
            .andShould().beRecords()
            .as("every notice event is a record carrying @Revision");
}

package io.dunning.cases.arch;

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
import io.dunning.events.cases.CaseEvent;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/** The package rules of STYLE.md: a clean domain, Kafka at the edge, every published event revisioned. */
@AnalyzeClasses(packages = {"io.dunning.cases", "io.dunning.events"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "io.dunning.cases.collection..", "io.dunning.cases.escalation..",
            "io.dunning.cases.promise..", "io.dunning.cases.exemption..", "io.dunning.cases.conduct.."};

    @ArchTest
    static final ArchRule domainDependsOnNoTechnicalEdge = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..web..", "..kafka..", "..query..", "..config..", "..lookup..", "..dispatch..")
            .as("domain packages depend on no web, kafka, query, config, lookup or dispatch package");

    @ArchTest
    static final ArchRule domainUsesNoSpringBesidesTheAggregateStereotype = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "org.axonframework.spring..")
                    .and(not(equivalentTo(Aggregate.class))))
            .as("domain packages use no Spring (Axon's @Aggregate stereotype aside)");

    @ArchTest
    static final ArchRule maskingAndCryptoArePlainJava = noClasses()
            .that().haveFullyQualifiedName("io.dunning.cases.party.Masking")
            .or().haveFullyQualifiedName("io.dunning.cases.party.PartyCipher")
            .or().haveFullyQualifiedName("io.dunning.cases.party.PersonalData")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
            .as("the party store's masking and crypto are plain Java (javax.crypto), no Spring or Axon");

    @ArchTest
    static final ArchRule kafkaOnlyAtTheKafkaEdge = noClasses()
            .that().resideOutsideOfPackages("io.dunning.cases.kafka..", "io.dunning.cases.config..")
            .should().dependOnClassesThat(resideInAPackage("org.apache.kafka..")
                    .or(resideInAPackage("org.springframework.kafka..")))
            .as("Kafka is used only in ..kafka.. (and ..config..)");

    @ArchTest
    static final ArchRule everyCaseEventIsARevisionedRecord = classes()
            .that().implement(CaseEvent.class)
            .should().beAnnotatedWith(Revision.class)
            .andShould().beRecords()
            .as("every case event is a record carrying @Revision");

    @ArchTest
    static final ArchRule everyCoreBankingEventIsRevisioned = classes()
            .that().resideInAPackage("io.dunning.events.corebanking..").and().areRecords()
            .and().haveSimpleNameNotStartingWith("Reported")
            .should().beAnnotatedWith(Revision.class)
            .as("every core-banking event record carries @Revision");
}

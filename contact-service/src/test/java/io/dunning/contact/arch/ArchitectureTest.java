package io.dunning.contact.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.dunning.contact", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule kafkaTypesOnlyInKafkaAndConfig = noClasses()
            .that().resideOutsideOfPackages("..kafka..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule projectionsAndQueriesKnowNoWebNorKafka = noClasses()
            .that().resideInAnyPackage("..timeline..", "..worklist..", "..reporting..")
            .should().dependOnClassesThat().resideInAnyPackage("..contact.web..", "..contact.kafka..",
                    "org.springframework.web..");

    @ArchTest
    static final ArchRule noAxon = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.axonframework..");
}

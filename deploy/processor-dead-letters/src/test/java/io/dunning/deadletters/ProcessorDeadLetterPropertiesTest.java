package io.dunning.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProcessorDeadLetterPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    @DisplayName("ADR 0010: a service names its parking processors and its outage failures by property")
    void bindsTheProcessorsAndTheOutageTypes() {
        context.withPropertyValues("dunning.dead-letters.processors=courier-handover,sms-sending",
                        "dunning.dead-letters.transient-failures=java.io.UncheckedIOException")
                .run(run -> {
                    var properties = run.getBean(ProcessorDeadLetterProperties.class);
                    assertThat(properties.processors()).containsExactly("courier-handover", "sms-sending");
                    assertThat(properties.isOutage(new UncheckedIOException(new java.io.IOException("down"))))
                            .isTrue();
                    assertThat(properties.isOutage(new IllegalStateException("a bug"))).isFalse();
                });
    }

    @Test
    @DisplayName("ADR 0010: without outage types only the built-in transience applies, nothing of the service's")
    void noOutageTypesByDefault() {
        context.withPropertyValues("dunning.dead-letters.processors[0]=case-view").run(run -> {
            var properties = run.getBean(ProcessorDeadLetterProperties.class);
            assertThat(properties.processors()).containsExactly("case-view");
            assertThat(properties.isOutage(new SQLException("deadlock", "40P01"))).isFalse();
        });
    }

    @Test
    @DisplayName("an outage type that is not a Throwable class fails the start, not the first failure")
    void aWrongOutageTypeFailsTheStart() {
        context.withPropertyValues("dunning.dead-letters.transient-failures=no.such.Failure")
                .run(run -> assertThat(run).hasFailed());
    }

    @Test
    @DisplayName("the auto-configuration is registered for Spring Boot")
    void isRegisteredAsAutoConfiguration() {
        assertThat(ImportCandidates.load(org.springframework.boot.autoconfigure.AutoConfiguration.class,
                getClass().getClassLoader())).contains(ProcessorDeadLettersAutoConfiguration.class.getName());
    }

    @EnableConfigurationProperties(ProcessorDeadLetterProperties.class)
    static class PropertiesOnly {
    }
}

package io.dunning.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The parking processors of a service that has this module on its classpath (docs/adr/0010): each processing group
 * named in {@code dunning.dead-letters.processors} parks what its handlers cannot deal with (a rule violation of
 * the aggregate, a bug) in {@code dead_letter_entry}, which the service creates with Flyway, and goes on with the
 * other sequences; ops list and retry at {@code /dead-letters}, the gauge {@code dunning.dead.letters.parked}
 * counts per group. An outage (the database, or one of {@code dunning.dead-letters.transient-failures}) is retried
 * by the processor instead.
 * <p>
 * Runs before Axon's {@code JdbcAutoConfiguration} so that its {@link DeadLetterSchema} (snake_case names) replaces
 * that auto-configuration's ({@code @ConditionalOnMissingBean}); Axon's own queue provider stays idle (no
 * {@code axon.eventhandling.processors.*.dlq.enabled}).
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@EnableConfigurationProperties(ProcessorDeadLetterProperties.class)
public class ProcessorDeadLettersAutoConfiguration {

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return ParkingProcessors.snakeCaseSchema();
    }

    /**
     * The savepoints are made here, not as a bean: since 4.11 Axon's Spring Boot support registers every
     * {@code MessageHandlerInterceptor} bean with every event processor, which put a SAVEPOINT and a RELEASE (two
     * round trips) around each event of the Kafka publishers too, and two of each around a parking group's.
     */
    @Bean
    ConfigurerModule parkingProcessors(ProcessorDeadLetterProperties properties,
                                       ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                       DeadLetterSchema schema, Serializer serializer,
                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                       DataSource dataSource) {
        return ParkingProcessors.module(properties.processors(), new ParkingProcessors.Storage(connectionProvider,
                        transactionManager, schema, serializer, eventSerializer), new EventSavepoints(dataSource),
                properties::isOutage);
    }

    @Bean
    DeadLetters deadLetters(Configuration axon, MeterRegistry meterRegistry, ProcessorDeadLetterProperties properties) {
        return new DeadLetters(axon, meterRegistry, properties.processors());
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}

package io.dunning.cases.deadletter;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.deadletters.DeadLetterController;
import io.dunning.deadletters.DeadLetters;
import io.dunning.deadletters.EventSavepoints;
import io.dunning.deadletters.ParkingProcessors;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * case-service's parking processor (module processor-dead-letters, docs/adr/0010): {@value ProcessorConfig#CASE_VIEW},
 * the read model, parks what it cannot apply in {@code dead_letter_entry} ({@code V6__dead_letter_queue.sql}) and
 * goes on with the other cases; ops list and retry at {@code /dead-letters}. The Kafka publisher
 * {@value ProcessorConfig#CASE_EVENTS_PUBLISHER} does not park: it blocks and retries.
 * <p>
 * Replaces the {@link DeadLetterSchema} of Axon's {@code JdbcAutoConfiguration} ({@code @ConditionalOnMissingBean})
 * with snake_case names; that auto-configuration's own queue provider stays idle (no
 * {@code axon.eventhandling.processors.*.dlq.enabled}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProcessorDeadLetterConfig {

    static final List<String> PARKING_GROUPS = List.of(ProcessorConfig.CASE_VIEW);

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return ParkingProcessors.snakeCaseSchema();
    }

    @Bean
    EventSavepoints eventSavepoints(DataSource dataSource) {
        return new EventSavepoints(dataSource);
    }

    @Bean
    ConfigurerModule parkingProcessors(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                       DeadLetterSchema schema, Serializer serializer,
                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                       EventSavepoints savepoints) {
        return ParkingProcessors.module(PARKING_GROUPS, new ParkingProcessors.Storage(connectionProvider,
                transactionManager, schema, serializer, eventSerializer), savepoints, failure -> false);
    }

    @Bean
    DeadLetters deadLetters(Configuration axon, MeterRegistry meterRegistry) {
        return new DeadLetters(axon, meterRegistry, PARKING_GROUPS);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}

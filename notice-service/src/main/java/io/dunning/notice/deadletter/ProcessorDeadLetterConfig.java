package io.dunning.notice.deadletter;

import io.dunning.deadletters.DeadLetterController;
import io.dunning.deadletters.DeadLetters;
import io.dunning.deadletters.EventSavepoints;
import io.dunning.deadletters.ParkingProcessors;
import io.dunning.notice.courier.CourierUnavailable;
import io.dunning.notice.sms.SmsUnavailable;
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
 * notice-service's parking processors (module processor-dead-letters, docs/adr/0010): the effect processors
 * {@code courier-handover} and {@code sms-sending} park a letter or SMS their handler cannot deal with (a rule
 * violation of the aggregate, a bug) in {@code dead_letter_entry} ({@code V5__dead_letter_queue.sql}) and go on
 * with the other letters; a courier or SMS provider that is unavailable is an outage, not a verdict on the letter,
 * and is retried by the processor as before. Ops list and retry at {@code /dead-letters}. The Kafka publisher
 * {@code notice-events-publisher} does not park: it blocks and retries. The handlers are idempotent towards the
 * courier and SMS provider (idempotency keys), so a retried letter is never shipped twice.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProcessorDeadLetterConfig {

    /** CourierHandover.PROCESSING_GROUP and SmsSending.PROCESSING_GROUP (package-private there). */
    static final List<String> PARKING_GROUPS = List.of("courier-handover", "sms-sending");

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
                transactionManager, schema, serializer, eventSerializer), savepoints,
                failure -> failure instanceof CourierUnavailable || failure instanceof SmsUnavailable);
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

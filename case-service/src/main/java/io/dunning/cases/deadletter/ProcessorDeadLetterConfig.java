package io.dunning.cases.deadletter;

import io.dunning.cases.config.ProcessorConfig;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.MessageHandlerInterceptorSupport;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC dead-letter queue (table {@code dead_letter_entry}, {@code V6__dead_letter_queue.sql}) for the
 * processors where parking a failing event is right: {@value ProcessorConfig#CASE_VIEW}, the read model. A handler
 * that fails for a non-transient reason parks its event, and every later event of the same case, in the same
 * transaction as the processor's token, and the processor moves on with the other cases. The sequence-identifier
 * cache is on, so a processor asks the table only for cases it has parked something for. The Kafka publisher
 * {@value ProcessorConfig#CASE_EVENTS_PUBLISHER} does not park: it blocks and retries (docs/adr/0010).
 * <p>
 * Replaces the {@link DeadLetterSchema} of Axon's {@code JdbcAutoConfiguration} ({@code @ConditionalOnMissingBean})
 * with snake_case names; that auto-configuration's own queue provider stays idle (no
 * {@code axon.eventhandling.processors.*.dlq.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessorDeadLetterConfig {

    /** The processing groups that park failing events. */
    static final List<String> PARKING_GROUPS = List.of(ProcessorConfig.CASE_VIEW);

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
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
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : PARKING_GROUPS) {
                processing
                        .registerDeadLetterQueue(group, c -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                .schema(schema)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .build())
                        .registerDeadLetterPolicy(group, c -> new ParkingPolicy(savepoints))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (c, builder) -> builder.enableSequenceIdentifierCache())
                        .registerHandlerInterceptor(group, c -> savepoints);
            }
            // a parked event retried by ops runs outside the processor's interceptors: give it its savepoint too
            configurer.onInitialize(config -> config.onStart(Phase.INSTRUCTION_COMPONENTS, () ->
                    PARKING_GROUPS.forEach(group -> config.eventProcessingConfiguration()
                            .sequencedDeadLetterProcessor(group)
                            .filter(MessageHandlerInterceptorSupport.class::isInstance)
                            .ifPresent(processor -> interceptable(processor).registerHandlerInterceptor(savepoints)))));
        };
    }

    @SuppressWarnings("unchecked")
    private static MessageHandlerInterceptorSupport<EventMessage<?>> interceptable(Object processor) {
        return (MessageHandlerInterceptorSupport<EventMessage<?>>) processor;
    }
}

package io.dunning.deadletters;

import java.util.List;
import java.util.function.Predicate;
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

/**
 * Makes processing groups park failing events (docs/adr/0010): for each, Axon's {@link JdbcSequencedDeadLetterQueue}
 * on the service's database and transaction (so a dead letter commits with the processor's token), the
 * sequence-identifier cache on (the processor asks the table only about sequences it has parked something for),
 * the {@link ParkingPolicy} (transient failures are retried, not parked) and {@link EventSavepoints} around every
 * event, in normal processing and in an ops retry.
 */
public final class ParkingProcessors {

    private ParkingProcessors() {
    }

    /** The JDBC side of the queues: the service's connection provider, transaction manager and serializers. */
    public record Storage(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                          DeadLetterSchema schema, Serializer genericSerializer, Serializer eventSerializer) {
    }

    /**
     * @param alsoTransient failures of the service's own handlers that mean "an outage, try again later" (retried
     *                      like SQL connection errors), on top of {@code Transience}'s
     */
    public static ConfigurerModule module(List<String> groups, Storage storage, EventSavepoints savepoints,
                                          Predicate<Throwable> alsoTransient) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : groups) {
                processing
                        .registerDeadLetterQueue(group, c -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(storage.connectionProvider())
                                .transactionManager(storage.transactionManager())
                                .schema(storage.schema())
                                .genericSerializer(storage.genericSerializer())
                                .eventSerializer(storage.eventSerializer())
                                .build())
                        .registerDeadLetterPolicy(group, c -> new ParkingPolicy(savepoints, alsoTransient))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (c, builder) -> builder.enableSequenceIdentifierCache())
                        .registerHandlerInterceptor(group, c -> savepoints);
            }
            // a parked event retried by ops runs outside the processor's interceptors: give it its savepoint too
            configurer.onInitialize(config -> config.onStart(Phase.INSTRUCTION_COMPONENTS, () ->
                    groups.forEach(group -> config.eventProcessingConfiguration()
                            .sequencedDeadLetterProcessor(group)
                            .filter(MessageHandlerInterceptorSupport.class::isInstance)
                            .ifPresent(processor -> interceptable(processor).registerHandlerInterceptor(savepoints)))));
        };
    }

    /**
     * The dead-letter table with snake_case names ({@code dead_letter_entry}); each service creates it with Flyway
     * and declares this as its {@link DeadLetterSchema} bean (replacing Axon's camelCase default).
     */
    public static DeadLetterSchema snakeCaseSchema() {
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

    @SuppressWarnings("unchecked")
    private static MessageHandlerInterceptorSupport<EventMessage<?>> interceptable(Object processor) {
        return (MessageHandlerInterceptorSupport<EventMessage<?>>) processor;
    }
}

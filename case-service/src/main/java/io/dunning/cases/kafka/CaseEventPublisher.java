package io.dunning.cases.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.cases.config.CaseKafkaProperties;
import io.dunning.cases.config.ProcessorConfig;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.cases.CaseEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Revision;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every case event from the event store (the outbox) to {@code dunning.case-events.v1}: key = loan id,
 * CloudEvents binary headers, JSON body (DESIGN.md 4). Runs in the tracking processor
 * {@value ProcessorConfig#CASE_EVENTS_PUBLISHER}, never in the command's transaction.
 * <p>
 * Token after ack: sends of a batch are pipelined (idempotent producer, acks=all, order kept per key), and before
 * the batch's unit of work commits (where the processor stores its token) the prepare-commit step waits for every
 * acknowledgement. A failed or timed-out send throws there, the unit of work rolls back, the token stays where it
 * was and the processor retries the batch: events may be published twice (consumers absorb duplicates), never
 * skipped. Handler errors propagate for the same reason ({@code PropagatingErrorHandler}, ProcessorConfig).
 */
@Component
@ProcessingGroup(ProcessorConfig.CASE_EVENTS_PUBLISHER)
class CaseEventPublisher {

    static final String SOURCE = "/dunning/case-service";
    private static final String PENDING_SENDS = CaseEventPublisher.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final ObjectMapper objectMapper;
    private final CaseKafkaProperties properties;
    private final MeterRegistry meterRegistry;

    CaseEventPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, ObjectMapper objectMapper,
                       CaseKafkaProperties properties, MeterRegistry meterRegistry) {
        this.kafkaTemplate = kafkaTemplate;
        this.objectMapper = objectMapper;
        this.properties = properties;
        this.meterRegistry = meterRegistry;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) throws JsonProcessingException {
        String ceType = ceTypeOf(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(properties.caseEventsTopic(), null,
                event.loanId().value(), objectMapper.writeValueAsBytes(event));
        header(record, CloudEventHeaders.ID, message.getIdentifier());
        header(record, CloudEventHeaders.TYPE, ceType);
        header(record, CloudEventHeaders.SOURCE, SOURCE);
        header(record, CloudEventHeaders.TIME, message.getTimestamp().toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        Instant occurred = message.getTimestamp();
        CompletableFuture<SendResult<String, byte[]>> sent = kafkaTemplate.send(record).whenComplete((r, failure) -> {
            if (failure == null) {
                meterRegistry.counter("dunning.case.events.published", "type", ceType).increment();
                Timer.builder("dunning.publish.lag")
                        .description("From the event's timestamp to the broker's acknowledgement")
                        .register(meterRegistry)
                        .record(Duration.between(occurred, Instant.now()));
            }
        });
        pendingSends().add(sent);
    }

    static String ceTypeOf(CaseEvent event) {
        Revision revision = event.getClass().getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalStateException(event.getClass().getName() + " carries no @Revision");
        }
        return CloudEventHeaders.typeOf(event.getClass().getSimpleName(), revision.value());
    }

    /** The sends of the current unit of work; the first call registers the wait for their acknowledgements. */
    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseEventPublishingException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new CaseEventPublishingException("the broker did not acknowledge " + sends.size()
                    + " case event(s); the batch will be retried", e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The broker did not acknowledge a batch: the unit of work rolls back and the processor retries. */
    static class CaseEventPublishingException extends RuntimeException {

        CaseEventPublishingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

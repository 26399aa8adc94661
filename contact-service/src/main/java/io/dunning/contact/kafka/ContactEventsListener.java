package io.dunning.contact.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.events.CloudEventHeaders;
import io.dunning.platform.kafka.PollTransactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Consumes the case and notice events (CloudEvents binary mode; the record type from ce_type) a poll at a time (up to
 * {@code dunning.contact.kafka.batch.max-records}), applied in as few transactions as {@code
 * dunning.contact.kafka.batch.chunk-time} allows ({@link PollTransactions}: each record's processed-message row
 * commits with its projections; offsets are committed after the poll, a replay is a no-op). Unknown types are
 * skipped (counted); invalid records throw {@link InvalidRecordException}: their chunk is applied again record by
 * record and the invalid one goes to the DLT at once; other failures are retried a bounded number of times
 * (config.DeadLetterConfig). Metrics, counted when the chunk has committed: records consumed by topic, type and
 * outcome; projection lag (commit - ce_time). Logs name the loan and case, never personal data.
 */
@Component
class ContactEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ContactEventsListener.class);

    private final ObjectMapper mapper;
    private final ContactRecordHandler handler;
    private final MeterRegistry meters;
    private final PollTransactions transactions;

    ContactEventsListener(ObjectMapper mapper, ContactRecordHandler handler, MeterRegistry meters,
                          PlatformTransactionManager transactions,
                          @Value("${dunning.contact.kafka.batch.chunk-time:PT1S}") Duration chunkTime,
                          @Value("${dunning.contact.kafka.batch.timeout:PT10S}") Duration timeout) {
        this.mapper = mapper;
        this.handler = handler;
        this.meters = meters;
        this.transactions = new PollTransactions(transactions, chunkTime, timeout);
    }

    @KafkaListener(id = "contact-projections", topics = {"${dunning.contact.kafka.case-events-topic}",
            "${dunning.contact.kafka.notice-events-topic}"}, containerFactory = ContactBatchConfig.BATCH_FACTORY,
            properties = "max.poll.records=${dunning.contact.kafka.batch.max-records:200}")
    void on(List<ConsumerRecord<String, byte[]>> poll) {
        Map<ConsumerRecord<String, byte[]>, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < poll.size(); i++) {
            positions.put(poll.get(i), i);
        }
        transactions.apply(poll, record -> apply(record, () -> idsFrom(poll, positions.get(record))));
    }

    private static List<String> idsFrom(List<ConsumerRecord<String, byte[]>> poll, int position) {
        return poll.subList(position, poll.size()).stream()
                .map(r -> InboundRecord.header(r, CloudEventHeaders.ID))
                .filter(Objects::nonNull).toList();
    }

    /** One record, in the caller's transaction (a chunk's). */
    private void apply(ConsumerRecord<String, byte[]> record, Supplier<Collection<String>> ahead) {
        String ceType = InboundRecord.header(record, CloudEventHeaders.TYPE);
        String typeTag = EventTypes.classOf(ceType).isPresent() ? ceType : "unknown";
        try (MDC.MDCCloseable ignored = MDC.putCloseable("loanId", record.key())) {
            Optional<InboundRecord> parsed = InboundRecord.parse(record, mapper);
            if (parsed.isEmpty()) {
                log.info("Skipping record {}-{}@{} of loan {}: type {} is not read here", record.topic(),
                        record.partition(), record.offset(), record.key(), ceType);
                AfterCommit.run(() -> count(record.topic(), typeTag, "unknown-type"));
                return;
            }
            InboundRecord inbound = parsed.get();
            MDC.put("caseId", inbound.caseId());
            boolean applied = handler.apply(inbound, ahead);
            AfterCommit.run(() -> {
                count(record.topic(), typeTag, applied ? "applied" : "duplicate");
                if (applied) {
                    Timer.builder("dunning.contact.projection.lag")
                            .description("From the event's ce_time to its projection's commit")
                            .tag("topic", record.topic()).register(meters)
                            .record(Duration.between(inbound.occurredAt(), Instant.now()));
                }
            });
        } catch (InvalidRecordException e) {
            log.warn("Record {}-{}@{} of loan {} is invalid: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            count(record.topic(), typeTag, "invalid");
            throw e;
        } catch (RuntimeException e) {
            count(record.topic(), typeTag, "failed");
            throw e;
        } finally {
            MDC.remove("caseId");
        }
    }

    private void count(String topic, String type, String outcome) {
        meters.counter("dunning.contact.records.consumed", "topic", topic, "type", type, "outcome", outcome)
                .increment();
    }
}

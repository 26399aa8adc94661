package io.dunning.notice.kafka;

import io.dunning.events.CloudEventHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.dunning.platform.kafka.PollTransactions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Consumes {@code dunning.case-events.v1} (CloudEvents binary mode, JSON body) a poll at a time (up to {@code
 * dunning.notice.kafka.case-events-batch.max-records}). Events notice-service does not act on (most of them) are
 * counted and skipped without a transaction; NoticeRequested, ReminderRequested and CaseCured are parsed, validated
 * and applied exactly once by their {@code ce_id}, in as few transactions as {@code
 * dunning.notice.kafka.case-events-batch.chunk-time} allows ({@link PollTransactions}: CaseEventHandler's
 * transaction joins the chunk's, its processed-message row with it; offsets are committed after the poll, a replay
 * is a no-op). A record that fails rolls its chunk back, the chunk is applied again record by record and the first
 * that fails alone goes to the container's error handler (config.DeadLetterConfig): invalid records to the DLT at
 * once, transient failures after bounded retries. Letter numbers stay gap-free: a rolled-back chunk takes its
 * numbers with it. Logs name the loan, never personal data.
 */
@Component
class CaseEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final CaseEventParser parser;
    private final CaseEventHandler handler;
    private final MeterRegistry meterRegistry;
    private final PollTransactions transactions;

    CaseEventsListener(CaseEventParser parser, CaseEventHandler handler, MeterRegistry meterRegistry,
                       PlatformTransactionManager transactions,
                       @Value("${dunning.notice.kafka.case-events-batch.chunk-time:PT1S}") Duration chunkTime,
                       @Value("${dunning.notice.kafka.case-events-batch.timeout:PT10S}") Duration timeout) {
        this.parser = parser;
        this.handler = handler;
        this.meterRegistry = meterRegistry;
        this.transactions = new PollTransactions(transactions, chunkTime, timeout);
    }

    @KafkaListener(id = "case-events-inbound", topics = "${dunning.notice.kafka.case-events-topic}",
            containerFactory = CaseEventsBatchConfig.BATCH_FACTORY,
            properties = "max.poll.records=${dunning.notice.kafka.case-events-batch.max-records:100}")
    void on(List<ConsumerRecord<String, byte[]>> poll) {
        List<ConsumerRecord<String, byte[]>> handled = new ArrayList<>(poll.size());
        for (ConsumerRecord<String, byte[]> record : poll) {
            if (CaseEventParser.handles(header(record, CloudEventHeaders.TYPE))) {
                handled.add(record);
            } else {
                count("other", "skipped");
            }
        }
        transactions.apply(handled, this::apply);
    }

    /** One event notice-service acts on, in the caller's transaction (a chunk's). */
    private void apply(ConsumerRecord<String, byte[]> record) {
        String typeTag = header(record, CloudEventHeaders.TYPE);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("loanId", record.key())) {
            String messageId = header(record, CloudEventHeaders.ID);
            if (messageId == null || messageId.isBlank()) {
                throw new InvalidRecordException(InvalidRecordException.Reason.MISSING_ID, "ce_id header is missing");
            }
            Optional<Object> event = parser.parse(typeTag, record.value());
            boolean applied = handler.apply(messageId, event.orElseThrow());
            count(typeTag, applied ? "applied" : "duplicate");
        } catch (InvalidRecordException e) {
            log.warn("Case-event record {}-{}@{} of loan {} is invalid: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            count(typeTag, "invalid");
            throw e;
        } catch (RuntimeException e) {
            count(typeTag, "failed");
            throw e;
        }
    }

    private void count(String type, String outcome) {
        meterRegistry.counter("dunning.notice.case-events.consumed", "type", type, "outcome", outcome).increment();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

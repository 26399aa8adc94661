package io.dunning.notice.kafka;

import io.dunning.events.CloudEventHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code dunning.case-events.v1} (CloudEvents binary mode, JSON body). Events notice-service does not act
 * on are acknowledged and skipped; NoticeRequested, ReminderRequested and CaseCured are parsed, validated and
 * applied exactly once by their {@code ce_id}. Exceptions go to the container's error handler
 * (config.DeadLetterConfig): invalid records to the DLT at once, transient failures after bounded retries. Logs
 * name the loan, never personal data.
 */
@Component
class CaseEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final CaseEventParser parser;
    private final CaseEventHandler handler;
    private final MeterRegistry meterRegistry;

    CaseEventsListener(CaseEventParser parser, CaseEventHandler handler, MeterRegistry meterRegistry) {
        this.parser = parser;
        this.handler = handler;
        this.meterRegistry = meterRegistry;
    }

    @KafkaListener(id = "case-events-inbound", topics = "${dunning.notice.kafka.case-events-topic}")
    void on(ConsumerRecord<String, byte[]> record) {
        String ceType = header(record, CloudEventHeaders.TYPE);
        String typeTag = CaseEventParser.handles(ceType) ? ceType : "other";
        try (MDC.MDCCloseable ignored = MDC.putCloseable("loanId", record.key())) {
            if (!CaseEventParser.handles(ceType)) {
                count(typeTag, "skipped");
                return;
            }
            String messageId = header(record, CloudEventHeaders.ID);
            if (messageId == null || messageId.isBlank()) {
                throw new InvalidRecordException(InvalidRecordException.Reason.MISSING_ID, "ce_id header is missing");
            }
            Optional<Object> event = parser.parse(ceType, record.value());
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

package io.dunning.cases.kafka;

import io.dunning.cases.collection.CaseRuleViolation;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.corebanking.CoreBankingEventType;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code corebanking.loan-events.v1} (CloudEvents binary mode: {@code ce_type} header, JSON body):
 * dispatch by type, parse, validate, then apply exactly once. Any exception goes to the container's error handler
 * (config.DeadLetterConfig): invalid records to the DLT at once, transient failures after bounded retries.
 * Logs name the loan and case (MDC {@code loanId}, {@code caseId}), never personal data.
 */
@Component
class CoreBankingListener {

    private static final Logger log = LoggerFactory.getLogger(CoreBankingListener.class);

    private final CoreBankingRecordParser parser;
    private final CoreBankingRecordHandler handler;
    private final MeterRegistry meterRegistry;

    CoreBankingListener(CoreBankingRecordParser parser, CoreBankingRecordHandler handler,
                        MeterRegistry meterRegistry) {
        this.parser = parser;
        this.handler = handler;
        this.meterRegistry = meterRegistry;
    }

    /** The poll's records parsed and validated, once (ParsedPoll). */
    ParsedPoll parse(List<ConsumerRecord<String, byte[]>> poll) {
        return ParsedPoll.of(poll, this::parseAndValidate);
    }

    /**
     * One record of the poll, in the caller's transaction if there is one (CoreBankingBatchListener), else in its
     * own.
     */
    void on(ConsumerRecord<String, byte[]> record, ParsedPoll poll) {
        String typeTag = knownTypeOrUnknown(header(record, CloudEventHeaders.TYPE));
        try (MDC.MDCCloseable ignored = MDC.putCloseable("loanId", record.key())) {
            Object parsed = poll.valueOf(record);
            boolean applied = handler.apply(parsed, () -> poll.validFrom(record));
            count(typeTag, applied ? "applied" : "duplicate");
        } catch (InvalidRecordException e) {
            log.warn("Core-banking record {}-{}@{} of loan {} is invalid: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            count(typeTag, "invalid");
            throw e;
        } catch (CaseRuleViolation e) {
            log.warn("Core-banking record {}-{}@{} of loan {} violates a case rule: {}", record.topic(),
                    record.partition(), record.offset(), record.key(), e.code());
            count(typeTag, "rejected");
            throw e;
        } catch (RuntimeException e) {
            count(typeTag, "failed");
            throw e;
        }
    }

    private Object parseAndValidate(ConsumerRecord<String, byte[]> record) {
        CoreBankingEventType type = parser.typeOf(header(record, CloudEventHeaders.TYPE));
        Object parsed = parser.parse(type, record.value());
        CoreBankingValidator.validate(parsed);
        return parsed;
    }

    private void count(String type, String outcome) {
        meterRegistry.counter("dunning.corebanking.records.consumed", "type", type, "outcome", outcome)
                .increment();
    }

    private static String knownTypeOrUnknown(String ceType) {
        return Arrays.stream(CoreBankingEventType.values()).map(CoreBankingEventType::ceType)
                .filter(known -> known.equals(ceType)).findFirst().orElse("unknown");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

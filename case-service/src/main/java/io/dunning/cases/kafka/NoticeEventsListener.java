package io.dunning.cases.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.cases.collection.CaseRuleViolation;
import io.dunning.cases.config.InboundBatchConfig;
import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.notice.NoticeEvent;
import io.dunning.platform.kafka.PollTransactions;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * Consumes {@code dunning.notice-events.v1} (CloudEvents binary mode, key = loan id, JSON body): what became of the
 * letters and SMS the case requested. Dispatch by {@code ce_type}, parse, validate, then record on the case exactly
 * once by {@code ce_id} ({@link NoticeRecordHandler}). Invalid records, unknown types and unknown cases go to
 * {@code dunning.notice-events.v1.DLT} with the reason (config.DeadLetterConfig); a notice for a closed case is
 * acknowledged without effect.
 * <p>
 * A poll at a time (up to {@code dunning.case.kafka.notice-batch.max-records}), applied in as few transactions as
 * {@code dunning.case.kafka.notice-batch.chunk-time} allows ({@link PollTransactions}, as the core-banking listener):
 * a letter brings four or five notice events, each of which was a transaction of its own. A record that fails rolls
 * its chunk back, the chunk is applied again record by record and the one that fails alone goes to the error
 * handler; offsets are committed after the poll, and the processed ids make a replay a no-op.
 */
@Component
class NoticeEventsListener {

    private static final Logger log = LoggerFactory.getLogger(NoticeEventsListener.class);

    private final ObjectMapper objectMapper;
    private final NoticeRecordHandler handler;
    private final MeterRegistry meterRegistry;
    private final PollTransactions transactions;

    NoticeEventsListener(ObjectMapper objectMapper, NoticeRecordHandler handler, MeterRegistry meterRegistry,
                         PlatformTransactionManager transactions,
                         @Value("${dunning.case.kafka.notice-batch.chunk-time:PT1S}") Duration chunkTime,
                         @Value("${dunning.case.kafka.notice-batch.timeout:PT10S}") Duration timeout) {
        this.objectMapper = objectMapper;
        this.handler = handler;
        this.meterRegistry = meterRegistry;
        this.transactions = new PollTransactions(transactions, chunkTime, timeout);
    }

    @KafkaListener(id = "case-notice-inbound", topics = "${dunning.case.kafka.notice-events-topic}",
            containerFactory = InboundBatchConfig.BATCH_FACTORY,
            properties = "max.poll.records=${dunning.case.kafka.notice-batch.max-records:100}")
    void on(List<ConsumerRecord<String, byte[]>> poll) {
        transactions.apply(poll, this::apply);
    }

    /** One record, in the caller's transaction (a chunk's). */
    private void apply(ConsumerRecord<String, byte[]> record) {
        String ceType = header(record, CloudEventHeaders.TYPE);
        Optional<NoticeEventType> type = Arrays.stream(NoticeEventType.values())
                .filter(t -> t.ceType().equals(ceType)).findFirst();
        String typeTag = type.map(NoticeEventType::ceType).orElse("unknown");
        try (MDC.MDCCloseable ignored = MDC.putCloseable("loanId", record.key())) {
            NoticeEventType known = type.orElseThrow(() -> unknownType(ceType));
            String ceId = header(record, CloudEventHeaders.ID);
            if (ceId == null || ceId.isBlank()) {
                throw new InvalidRecordException(Reason.MALFORMED, "header ce_id is missing");
            }
            NoticeEvent event = JsonBodies.read(objectMapper, known.payloadType(), known.ceType(), record.value());
            Optional<Object> command = NoticeCommands.commandFor(event, ceId);
            if (command.isEmpty()) {
                count(typeTag, "ignored");
                return;
            }
            try (MDC.MDCCloseable ignoredCase = MDC.putCloseable("caseId", event.caseId().value())) {
                count(typeTag, handler.apply(ceId, event, command.get()) ? "applied" : "duplicate");
            }
        } catch (InvalidRecordException | CaseRuleViolation e) {
            log.warn("Notice record {}-{}@{} of loan {} is invalid: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            count(typeTag, "invalid");
            throw e;
        } catch (RuntimeException e) {
            count(typeTag, "failed");
            throw e;
        }
    }

    private static InvalidRecordException unknownType(String ceType) {
        if (ceType == null || ceType.isBlank()) {
            return new InvalidRecordException(Reason.UNKNOWN_TYPE, "header ce_type is missing");
        }
        return new InvalidRecordException(Reason.UNKNOWN_TYPE, "header ce_type '"
                + CoreBankingRecordParser.printable(ceType) + "' is not one of " + Arrays.stream(
                NoticeEventType.values()).map(NoticeEventType::ceType).collect(Collectors.joining(", ")));
    }

    private void count(String type, String outcome) {
        meterRegistry.counter("dunning.notice.records.consumed", "type", type, "outcome", outcome).increment();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

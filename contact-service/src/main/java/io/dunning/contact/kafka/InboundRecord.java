package io.dunning.contact.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.cases.CaseEvent;
import io.dunning.events.notice.NoticeEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A case or notice event read from Kafka (CloudEvents binary mode): its id, type, time and the parsed record.
 *
 * @param ceId       the CloudEvents id, the idempotency key
 * @param ceType     e.g. {@code CaseOpened.v1}
 * @param occurredAt ce_time, the timeline's occurredAt
 * @param event      the event record
 * @param caseId     the case the event belongs to
 * @param loanId     the loan the event belongs to
 */
record InboundRecord(String ceId, String ceType, Instant occurredAt, Object event, String caseId, String loanId) {

    /** Parses {@code record}; empty for a ce_type this service does not read; invalid records throw. */
    static Optional<InboundRecord> parse(ConsumerRecord<String, byte[]> record, ObjectMapper mapper) {
        String ceType = header(record, CloudEventHeaders.TYPE);
        if (ceType == null || ceType.isBlank()) {
            throw new InvalidRecordException("missing-header", "header ce_type is missing");
        }
        Optional<Class<?>> type = EventTypes.classOf(ceType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String ceId = required(record, CloudEventHeaders.ID);
        Instant time = time(required(record, CloudEventHeaders.TIME));
        Object event = body(record, mapper, type.get(), ceType);
        String caseId;
        String loanId;
        if (event instanceof CaseEvent c) {
            caseId = c.caseId() == null ? null : c.caseId().value();
            loanId = c.loanId() == null ? null : c.loanId().value();
        } else {
            NoticeEvent n = (NoticeEvent) event;
            caseId = n.caseId() == null ? null : n.caseId().value();
            loanId = n.loanId() == null ? null : n.loanId().value();
        }
        if (caseId == null || loanId == null) {
            throw new InvalidRecordException("invalid-field", ceType + ": caseId and loanId are required");
        }
        return Optional.of(new InboundRecord(ceId, ceType, time, event, caseId, loanId));
    }

    private static Object body(ConsumerRecord<String, byte[]> record, ObjectMapper mapper, Class<?> type,
                               String ceType) {
        if (record.value() == null) {
            throw new InvalidRecordException("malformed-record", ceType + ": the body is empty");
        }
        try {
            return mapper.readValue(record.value(), type);
        } catch (IOException e) {
            // Jackson's message may quote the input; name the path only
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    ? m.getPathReference() : "body";
            throw new InvalidRecordException("malformed-record", ceType + ": cannot read " + path, null);
        }
    }

    private static Instant time(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException("invalid-header", "header ce_time is not an RFC 3339 time");
        }
    }

    private static String required(ConsumerRecord<?, ?> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException("missing-header", "header " + name + " is missing");
        }
        return value;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package io.dunning.notice.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.ReminderRequested;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the case events notice-service acts on ({@code NoticeRequested.v1}, {@code ReminderRequested.v1},
 * {@code CaseCured.v1}) from their
 * JSON body and checks their required fields. Any other {@code ce_type} is not ours: empty, to be skipped.
 */
@Component
class CaseEventParser {

    private static final Map<String, Class<?>> HANDLED = Map.of(
            CloudEventHeaders.typeOf(NoticeRequested.class.getSimpleName(), "1"), NoticeRequested.class,
            CloudEventHeaders.typeOf(ReminderRequested.class.getSimpleName(), "1"), ReminderRequested.class,
            CloudEventHeaders.typeOf(CaseCured.class.getSimpleName(), "1"), CaseCured.class);

    private final ObjectMapper objectMapper;

    CaseEventParser(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    static boolean handles(String ceType) {
        return ceType != null && HANDLED.containsKey(ceType);
    }

    Optional<Object> parse(String ceType, byte[] body) {
        Class<?> type = ceType == null ? null : HANDLED.get(ceType);
        if (type == null) {
            return Optional.empty();
        }
        Object event;
        try {
            event = objectMapper.readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw new InvalidRecordException(InvalidRecordException.Reason.MALFORMED,
                    ceType + " body does not parse: " + e.getClass().getSimpleName());
        }
        if (event == null) {
            throw new InvalidRecordException(InvalidRecordException.Reason.MALFORMED, ceType + " body is empty");
        }
        validate(event);
        return Optional.of(event);
    }

    private static void validate(Object event) {
        if (event instanceof NoticeRequested notice) {
            required(notice.caseId(), "caseId");
            required(notice.loanId(), "loanId");
            required(notice.step(), "step");
            required(notice.letterType(), "letterType");
            required(notice.recipient(), "recipient");
            required(notice.recipientRole(), "recipientRole");
            required(notice.branchId(), "branchId");
            required(notice.arrears(), "arrears");
            required(notice.arrears().principal(), "arrears.principal");
            required(notice.arrears().interest(), "arrears.interest");
            required(notice.arrears().penalty(), "arrears.penalty");
        } else if (event instanceof ReminderRequested reminder) {
            required(reminder.caseId(), "caseId");
            required(reminder.loanId(), "loanId");
            required(reminder.step(), "step");
            required(reminder.channel(), "channel");
            required(reminder.recipient(), "recipient");
            required(reminder.recipientRole(), "recipientRole");
        } else if (event instanceof CaseCured cure) {
            required(cure.caseId(), "caseId");
            required(cure.loanId(), "loanId");
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidRecordException(InvalidRecordException.Reason.INVALID_FIELD, field + " is missing");
        }
    }
}

package io.dunning.cases.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.corebanking.CoreBankingEventType;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a core-banking record body (CloudEvents binary mode: the type is in {@code ce_type}, the body is the JSON
 * of the record). Parse errors become {@link InvalidRecordException}s that name the field and position but never
 * echo the input: Jackson's own messages quote the offending text, which may be personal data.
 */
@Component
class CoreBankingRecordParser {

    private final ObjectMapper objectMapper;

    CoreBankingRecordParser(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    CoreBankingEventType typeOf(String ceType) {
        if (ceType == null || ceType.isBlank()) {
            throw new InvalidRecordException(Reason.UNKNOWN_TYPE, "header ce_type is missing");
        }
        return Arrays.stream(CoreBankingEventType.values())
                .filter(type -> type.ceType().equals(ceType))
                .findFirst()
                .orElseThrow(() -> new InvalidRecordException(Reason.UNKNOWN_TYPE,
                        "header ce_type '" + printable(ceType) + "' is not one of " + Arrays.stream(
                                CoreBankingEventType.values()).map(CoreBankingEventType::ceType)
                                .collect(Collectors.joining(", "))));
    }

    Object parse(CoreBankingEventType type, byte[] body) {
        return JsonBodies.read(objectMapper, type.payloadType(), type.ceType(), body);
    }

    static String printable(String ceType) {
        String cut = ceType.length() > 64 ? ceType.substring(0, 64) + "..." : ceType;
        return cut.replaceAll("[^A-Za-z0-9._-]", "?");
    }
}

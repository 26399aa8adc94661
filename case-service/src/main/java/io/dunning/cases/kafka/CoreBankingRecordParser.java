package io.dunning.cases.kafka;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.corebanking.CoreBankingEventType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
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
        if (body == null || body.length == 0) {
            throw new InvalidRecordException(Reason.MALFORMED, "body is empty");
        }
        ObjectReader reader = objectMapper.readerFor(type.payloadType())
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            Object record = reader.readValue(body);
            if (record == null) {
                throw new InvalidRecordException(Reason.MALFORMED, "body is JSON null");
            }
            return record;
        } catch (JsonMappingException e) {
            String field = fieldOf(e);
            throw new InvalidRecordException(Reason.MALFORMED, field.isEmpty()
                    ? "body is not a valid " + type.ceType() + at(e.getLocation())
                    : "field '" + field + "' has an unreadable value" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(Reason.MALFORMED, "body is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw new InvalidRecordException(Reason.MALFORMED, "body cannot be read");
        }
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String at(JsonLocation location) {
        return Optional.ofNullable(location)
                .filter(l -> l.getLineNr() > 0)
                .map(l -> " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")")
                .orElse("");
    }

    private static String printable(String ceType) {
        String cut = ceType.length() > 64 ? ceType.substring(0, 64) + "..." : ceType;
        return cut.replaceAll("[^A-Za-z0-9._-]", "?");
    }
}

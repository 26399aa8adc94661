package io.dunning.cases.kafka;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.dunning.cases.kafka.InvalidRecordException.Reason;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the JSON body of an inbound record (CloudEvents binary mode). Parse errors become
 * {@link InvalidRecordException}s that name the field and position but never echo the input: Jackson's own messages
 * quote the offending text, which may be personal data.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static <T> T read(ObjectMapper objectMapper, Class<T> payloadType, String ceType, byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRecordException(Reason.MALFORMED, "body is empty");
        }
        ObjectReader reader = objectMapper.readerFor(payloadType)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            T record = reader.readValue(body);
            if (record == null) {
                throw new InvalidRecordException(Reason.MALFORMED, "body is JSON null");
            }
            return record;
        } catch (JsonMappingException e) {
            String field = fieldOf(e);
            throw new InvalidRecordException(Reason.MALFORMED, field.isEmpty()
                    ? "body is not a valid " + ceType + at(e.getLocation())
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
}

package io.dunning.deploy.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import io.dunning.events.corebanking.CoreBankingEventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds a core-banking Kafka record: JSON body, key = loan id, CloudEvents headers. */
public final class CoreBankingRecords {

    public static final String SOURCE = "urn:dunning:local-core-banking-simulator";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CoreBankingRecords() {
    }

    /** A record for one of the contract's payload records ({@code LoanDelinquencyReported} ...). */
    public static ProducerRecord<String, String> of(CoreBankingEventType type, String eventId, String loanId,
                                                    Object payload, Instant time) {
        try {
            return of(type.ceType(), eventId, loanId, JSON.writeValueAsString(payload), time);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + type.ceType() + " as JSON", e);
        }
    }

    /** A record with a ready-made JSON body (which is not checked: invalid bodies end up on the .DLT). */
    public static ProducerRecord<String, String> of(String ceType, String eventId, String loanId,
                                                    String json, Instant time) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CORE_BANKING_LOAN_EVENTS, loanId, json);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.TYPE, ceType);
        header(record, CloudEventHeaders.SOURCE, SOURCE);
        header(record, CloudEventHeaders.TIME, time.toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    static ObjectMapper json() {
        return JSON;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

package io.dunning.events.corebanking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas (schemas/corebanking/*.v1.schema.json) and the examples in the contract page
 * describe exactly the records case-service deserializes.
 */
class SchemaContractTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static Stream<Arguments> contract() {
        return Stream.of(
                Arguments.of(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED, List.of("eventId", "loanId", "customerId",
                        "branchId", "product", "currency", "principalOutstanding", "arrears", "oldestUnpaidDueDate",
                        "principalMatured", "daysPastDue", "asOf", "obligors")),
                Arguments.of(CoreBankingEventType.PAYMENT_POSTED, List.of("eventId", "loanId", "paymentId", "amount",
                        "currency", "valueDate", "arrearsAfter")),
                Arguments.of(CoreBankingEventType.LOAN_RESTRUCTURED, List.of("eventId", "loanId", "asOf")),
                Arguments.of(CoreBankingEventType.LOAN_WRITTEN_OFF, List.of("eventId", "loanId", "asOf")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contract")
    void schemaPropertiesAreTheRecordComponentsAndRequiredIsAsPublished(CoreBankingEventType type,
                                                                          List<String> required) throws IOException {
        JsonNode schema = read("/schemas/corebanking/" + type.ceType() + ".schema.json");

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(fieldNames(schema.path("properties"))).containsExactlyElementsOf(componentNames(type.payloadType()));
        assertThat(texts(schema.path("required"))).containsExactlyElementsOf(required);
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contract")
    void nestedDefinitionsAreTheNestedRecords(CoreBankingEventType type, List<String> required) throws IOException {
        JsonNode defs = read("/schemas/corebanking/" + type.ceType() + ".schema.json").path("$defs");

        if (defs.has("ReportedArrears")) {
            assertThat(fieldNames(defs.path("ReportedArrears").path("properties")))
                    .containsExactlyElementsOf(componentNames(ReportedArrears.class));
            assertThat(texts(defs.path("ReportedArrears").path("required")))
                    .containsExactly("principal", "interest", "penalty");
        }
        if (defs.has("ReportedObligor")) {
            assertThat(fieldNames(defs.path("ReportedObligor").path("properties")))
                    .containsExactlyElementsOf(componentNames(ReportedObligor.class));
            assertThat(texts(defs.path("ReportedObligor").path("required")))
                    .containsExactly("partyId", "role", "name", "timeZone");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contract")
    void theExampleDeserializesIntoTheRecordAndHasEveryRequiredField(CoreBankingEventType type,
                                                                       List<String> required) throws IOException {
        String example = "/examples/" + type.ceType() + ".json";
        JsonNode json = read(example);

        assertThat(fieldNames(json)).containsAll(required);
        Object record;
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(example)) {
            record = JSON.readValue(in, type.payloadType());
        }
        assertThat(record).isInstanceOf(type.payloadType()).hasNoNullFieldsOrPropertiesExcept("note");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static List<String> componentNames(Class<?> recordType) {
        return Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

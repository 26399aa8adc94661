package io.dunning.notice.courier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** POST /courier/callbacks through the WebFlux stack (R3.2: delivered with proof, returned with the item). */
class CourierCallbackControllerTest {

    private RecordingDeliveryTracking tracking;
    private WebTestClient web;

    @BeforeEach
    void setUp() {
        tracking = new RecordingDeliveryTracking();
        web = WebTestClient.bindToController(new CourierCallbackController(Optional.of(tracking))).build();
    }

    private WebTestClient.ResponseSpec post(Object body) {
        return web.post().uri("/courier/callbacks").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<String, Object> delivered(String letterNumber) {
        return Map.of("waybill", "SIM0000000001", "letterNumber", letterNumber, "status", "DELIVERED",
                "proofOfDeliveryRef", "POD-1", "at", "2026-03-02T10:15:00Z");
    }

    @Test
    void R3_2_aDeliveryWithItsProofIsRecorded() {
        post(delivered("BR001-2026-000001")).expectStatus().isAccepted()
                .expectBody().jsonPath("$.outcome").isEqualTo("RECORDED");

        assertThat(tracking.effects).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo("DELIVERED");
            assertThat(f.evidence()).isEqualTo("POD-1");
            assertThat(f.at()).hasToString("2026-03-02T10:15:00Z");
        });
    }

    @Test
    void R3_2_aReturnWithReasonAndReturnedItemIsRecorded() {
        post(Map.of("waybill", "SIM0000000002", "letterNumber", "BR001-2026-000002", "status", "RETURNED",
                "returnReason", "ADDRESSEE_UNKNOWN", "returnedItemRef", "RET-2", "at", "2026-03-02T10:15:00Z"))
                .expectStatus().isAccepted();

        assertThat(tracking.effects).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo("RETURNED");
            assertThat(f.evidence()).isEqualTo("ADDRESSEE_UNKNOWN");
            assertThat(f.itemRef()).isEqualTo("RET-2");
        });
    }

    @Test
    void aRepeatedCallbackIsAcceptedAndChangesNothing() {
        post(delivered("BR001-2026-000003")).expectStatus().isAccepted();
        post(delivered("BR001-2026-000003")).expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("ALREADY_RECORDED");

        assertThat(tracking.effects).hasSize(1);
    }

    @Test
    void aDeliveryWithoutProofIsAProblemNamingTheField() {
        var body = new java.util.HashMap<>(delivered("BR001-2026-000004"));
        body.remove("proofOfDeliveryRef");

        post(body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.field").isEqualTo("proofOfDeliveryRef")
                .jsonPath("$.errors[0].field").isEqualTo("proofOfDeliveryRef");
        assertThat(tracking.calls).hasValue(0);
    }

    @Test
    void anUnknownStatusOrABadInstantIsAProblemNamingTheFields() {
        post(Map.of("waybill", "W", "letterNumber", "L", "status", "LOST", "at", "yesterday"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("status")
                .jsonPath("$.errors[1].field").isEqualTo("at");
    }

    @Test
    void aReturnWithoutTheReturnedItemIsAProblemNamingTheField() {
        post(Map.of("waybill", "W", "letterNumber", "L", "status", "RETURNED", "returnReason", "REFUSED",
                "at", "2026-03-02T10:15:00Z"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("returnedItemRef");
    }

    @Test
    void unreadableJsonIsAProblem() {
        web.post().uri("/courier/callbacks").contentType(MediaType.APPLICATION_JSON).bodyValue("{not json")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("body");
    }

    @Test
    void aResultContradictingTheRecordedOneIsAConflict() {
        post(delivered("BR001-2026-000005")).expectStatus().isAccepted();

        post(Map.of("waybill", "SIM0000000001", "letterNumber", "BR001-2026-000005", "status", "RETURNED",
                "returnReason", "REFUSED", "returnedItemRef", "RET-5", "at", "2026-03-03T10:15:00Z"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("CONFLICTING_RESULT");
        assertThat(tracking.effects).hasSize(1);
    }

    @Test
    void aTransientFailureAsksTheCourierToRetry() {
        tracking.failuresToInject.set(1);

        post(delivered("BR001-2026-000006")).expectStatus().isEqualTo(503);
        post(delivered("BR001-2026-000006")).expectStatus().isAccepted();
        assertThat(tracking.effects).hasSize(1);
    }
}

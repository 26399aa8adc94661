package io.dunning.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The Boot application the launcher starts: same routes, control switches and health over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dunning.simulators.courier.delivery-delay=1h", "dunning.simulators.sms.failure-ratio=0"})
class SimulatorsApplicationTest {

    @Autowired
    private WebTestClient web;

    @Autowired
    private SimulatorSettings settings;

    @BeforeEach
    void reset() {
        web.post().uri("/sim/reset").exchange().expectStatus().isNoContent();
    }

    private WebTestClient.ResponseSpec handOver(String key, String letterNumber) {
        return web.post().uri("/courier/shipments").header("Idempotency-Key", key)
                .bodyValue(Map.of("letterNumber", letterNumber, "recipientRef", "RCP-1", "sendingBranch", "BR001"))
                .exchange();
    }

    @Test
    void settingsBindFromPropertiesWithDefaultsForTheRest() {
        assertThat(settings.courier().deliveryDelay()).hasHours(1);
        assertThat(settings.courier().returnRatio()).isEqualTo(0.1);
        assertThat(settings.sms().failureRatio()).isZero();
    }

    @Test
    void theSameKeyGivesTheSameWaybillAndTheListShowsOneShipment() {
        String waybill = handOver("K1", "BR001-2026-000001").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("waybill").toString();

        handOver("K1", "BR001-2026-000001").expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.waybill").isEqualTo(waybill);
        web.get().uri("/courier/shipments").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].status").isEqualTo("IN_TRANSIT");
    }

    @Test
    void aHandoverWithoutKeyOrFieldIsAProblem() {
        web.post().uri("/courier/shipments").bodyValue(Map.of("letterNumber", "L")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("MISSING_IDEMPOTENCY_KEY");
        handOver("K2", " ").expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("MISSING_FIELD");
    }

    @Test
    void injectedFaultsAnswerTheNextRequestsThenStop() {
        web.post().uri("/sim/faults/sms").bodyValue(Map.of("status", 503, "count", 1)).exchange()
                .expectStatus().isNoContent();
        var sms = Map.of("smsId", "S1", "recipientRef", "RCP-1", "template", "REMINDER_DPD1");

        web.post().uri("/sms/messages").header("Idempotency-Key", "S1").bodyValue(sms).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        web.post().uri("/sms/messages").header("Idempotency-Key", "S1").bodyValue(sms).exchange()
                .expectStatus().isAccepted();
        web.get().uri("/sms/messages").exchange().expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void healthIsUpForTheLauncher() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}

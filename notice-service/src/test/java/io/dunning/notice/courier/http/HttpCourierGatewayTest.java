package io.dunning.notice.courier.http;

import io.dunning.notice.courier.CourierGateway;
import io.dunning.notice.courier.CourierRejected;
import io.dunning.notice.courier.CourierUnavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.notice.courier.CourierGateway.Handover;
import io.dunning.simulators.Faults.Fault;
import io.dunning.simulators.SimulatorServer;
import io.dunning.simulators.SimulatorSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** The courier adapter against the real courier simulator, over HTTP on loopback. */
class HttpCourierGatewayTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static SimulatorServer simulator;
    private SimpleMeterRegistry meters;
    private CourierGateway courier;

    @BeforeAll
    static void startSimulator() {
        // no callback during these tests: the trip lasts an hour
        simulator = SimulatorServer.start(0, new SimulatorSettings(
                new SimulatorSettings.Courier(null, Duration.ofHours(1), 0.0, 7L, 1, Duration.ofMillis(10)), null));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void freshCourier() {
        simulator.reset();
        meters = new SimpleMeterRegistry();
        courier = gateway(URI.create(simulator.baseUrl()));
    }

    private CourierGateway gateway(URI baseUrl) {
        return new HttpCourierGateway(WebClient.builder(), new CourierProperties(baseUrl, Duration.ofMillis(500),
                Duration.ofMillis(300), 3, Duration.ofMillis(10), Duration.ofMillis(50)), meters);
    }

    private static Handover letter(String number) {
        return new Handover(number, "RCP-1", "BR001", number);
    }

    @Test
    void handoverReturnsTheWaybillTheCourierIssued() {
        var receipt = courier.handOver(letter("BR001-2026-000001")).block(WAIT);

        assertThat(receipt.waybill()).startsWith("SIM");
        assertThat(receipt.letterNumber()).isEqualTo("BR001-2026-000001");
        assertThat(simulator.courier().shipments()).singleElement().satisfies(s -> {
            assertThat(s.waybill()).isEqualTo(receipt.waybill());
            assertThat(s.idempotencyKey()).isEqualTo("BR001-2026-000001");
            assertThat(s.sendingBranch()).isEqualTo("BR001");
        });
        assertThat(meters.timer("dunning.notice.courier.requests", "operation", "handover", "outcome", "ok")
                .count()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesTheSameWaybillAndOneShipment() {
        var first = courier.handOver(letter("BR001-2026-000002")).block(WAIT);
        var second = courier.handOver(letter("BR001-2026-000002")).block(WAIT);

        assertThat(second.waybill()).isEqualTo(first.waybill());
        assertThat(simulator.courier().shipments()).hasSize(1);
    }

    @Test
    void concurrentHandoversWithTheSameKeyGiveOneWaybill() {
        var waybills = reactor.core.publisher.Flux.range(0, 8)
                .flatMap(i -> courier.handOver(letter("BR001-2026-000010")), 8)
                .map(CourierGateway.HandoverReceipt::waybill)
                .collect(java.util.stream.Collectors.toSet())
                .block(WAIT);

        assertThat(waybills).hasSize(1);
        assertThat(simulator.courier().shipments()).hasSize(1);
    }

    @Test
    void serviceUnavailableIsRetriedAndTheLetterShipsOnce() {
        simulator.faults().inject("courier", new Fault(503, null, false), 2);

        var receipt = courier.handOver(letter("BR001-2026-000003")).block(WAIT);

        assertThat(receipt.waybill()).isNotBlank();
        assertThat(simulator.courier().shipments()).hasSize(1);
        assertThat(meters.counter("dunning.notice.courier.retries", "operation", "handover").count()).isEqualTo(2);
    }

    @Test
    void aLostAnswerIsRetriedWithTheSameKeyAndGivesTheWaybillOfTheOneShipment() {
        simulator.faults().inject("courier", new Fault(502, null, true), 1);

        var receipt = courier.handOver(letter("BR001-2026-000004")).block(WAIT);

        assertThat(simulator.courier().shipments()).singleElement()
                .satisfies(s -> assertThat(s.waybill()).isEqualTo(receipt.waybill()));
    }

    @Test
    void aClientErrorIsNotRetriedAndIsACourierRejected() {
        courier.handOver(letter("BR001-2026-000005")).block(WAIT);
        var reusedKey = new Handover("BR001-2026-000006", "RCP-2", "BR001", "BR001-2026-000005");

        assertThatThrownBy(() -> courier.handOver(reusedKey).block(WAIT))
                .isInstanceOfSatisfying(CourierRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                    assertThat(e.letterNumber()).isEqualTo("BR001-2026-000006");
                });
        assertThat(meters.find("dunning.notice.courier.retries").counter()).isNull();
        assertThat(meters.timer("dunning.notice.courier.requests", "operation", "handover", "outcome", "rejected")
                .count()).isEqualTo(1);
        assertThat(simulator.courier().shipments()).hasSize(1);
    }

    @Test
    void aSilentCourierIsRetriedABoundedNumberOfTimesThenUnavailable() {
        simulator.faults().inject("courier", new Fault(0, Duration.ofSeconds(2), false), 10);
        long start = System.nanoTime();

        assertThatThrownBy(() -> courier.handOver(letter("BR001-2026-000007")).block(WAIT))
                .isInstanceOfSatisfying(CourierUnavailable.class, e -> assertThat(e.attempts()).isEqualTo(3));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(meters.counter("dunning.notice.courier.retries", "operation", "handover").count()).isEqualTo(2);
        assertThat(meters.timer("dunning.notice.courier.requests", "operation", "handover", "outcome", "unavailable")
                .count()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsRetriedThenUnavailable() {
        DisposableServer closed = HttpServer.create().host("127.0.0.1").port(0).bindNow();
        int port = closed.port();
        closed.disposeNow();
        var nowhere = gateway(URI.create("http://127.0.0.1:" + port));

        assertThatThrownBy(() -> nowhere.handOver(letter("BR001-2026-000008")).block(WAIT))
                .isInstanceOfSatisfying(CourierUnavailable.class, e -> assertThat(e.attempts()).isEqualTo(3));
    }

    @Test
    void aShipmentInTransitCanBeCancelledAndTracked() {
        var receipt = courier.handOver(letter("BR001-2026-000009")).block(WAIT);

        var cancelled = courier.cancel(receipt.waybill(), "BR001-2026-000009").block(WAIT);
        var tracked = courier.track(receipt.waybill()).block(WAIT);

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(tracked.status()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> courier.track("SIM-NOPE").block(WAIT))
                .isInstanceOfSatisfying(CourierRejected.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_WAYBILL"));
    }
}

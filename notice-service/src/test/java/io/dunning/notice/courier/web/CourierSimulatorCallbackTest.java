package io.dunning.notice.courier.web;

import io.dunning.notice.courier.CourierGateway;
import io.dunning.notice.courier.http.CourierProperties;
import io.dunning.notice.courier.http.HttpCourierGateway;
import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.notice.courier.CourierGateway.Handover;
import io.dunning.simulators.Draw;
import io.dunning.simulators.SimulatorServer;
import io.dunning.simulators.SimulatorSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** The courier simulator reports results to the real callback endpoint over HTTP (R3.2). */
class CourierSimulatorCallbackTest {

    private static final double RETURN_RATIO = 0.3;
    private static final long SEED = 11L;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private RecordingDeliveryTracking tracking;
    private CallbackReceiver receiver;
    private SimulatorServer simulator;
    private CourierGateway courier;

    @BeforeEach
    void start() {
        tracking = new RecordingDeliveryTracking();
        receiver = new CallbackReceiver(tracking);
        simulator = SimulatorServer.start(0, new SimulatorSettings(new SimulatorSettings.Courier(
                List.of(receiver.callbackUrl()), Duration.ofMillis(300), RETURN_RATIO, SEED, 4,
                Duration.ofMillis(10)), null));
        courier = new HttpCourierGateway(WebClient.builder(), new CourierProperties(URI.create(simulator.baseUrl()),
                null, null, null, Duration.ofMillis(10), null), new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.close();
    }

    @Test
    void R3_2_lettersComeBackDeliveredWithProofOrReturnedWithTheItemAsTheSeededRatioSays() {
        List<String> letters = IntStream.rangeClosed(1, 20).mapToObj("BR002-2026-%06d"::formatted).toList();
        letters.forEach(n -> courier.handOver(new Handover(n, "RCP-" + n, "BR002", n)).block(WAIT));

        await(() -> tracking.effects.size() == letters.size());

        Set<String> expectedReturns = letters.stream().filter(n -> Draw.below(RETURN_RATIO, SEED, n))
                .collect(Collectors.toSet());
        assertThat(expectedReturns).isNotEmpty().hasSizeLessThan(letters.size());
        Set<String> returned = tracking.effects.stream().filter(f -> f.status().equals("RETURNED"))
                .map(RecordingDeliveryTracking.Fact::letterNumber).collect(Collectors.toSet());
        assertThat(returned).isEqualTo(expectedReturns);
        assertThat(tracking.effects).allSatisfy(f -> {
            if (f.status().equals("DELIVERED")) {
                assertThat(f.evidence()).isEqualTo("POD-" + f.waybill());
            } else {
                assertThat(f.evidence()).isEqualTo("ADDRESSEE_UNKNOWN");
                assertThat(f.itemRef()).isEqualTo("RET-" + f.waybill());
            }
        });
        await(() -> simulator.courier().shipments().stream().allMatch(s -> s.callback().equals("SENT")));
        assertThat(simulator.courier().shipments()).allSatisfy(s -> assertThat(s.callbackAttempts()).isEqualTo(1));
    }

    @Test
    void aFailedCallbackIsRetriedByTheCourierAndRecordedOnce() {
        tracking.failuresToInject.set(2);

        courier.handOver(new Handover("BR002-2026-000100", "RCP-9", "BR002", "BR002-2026-000100")).block(WAIT);

        await(() -> simulator.courier().shipments().get(0).callback().equals("SENT"));
        assertThat(simulator.courier().shipments().get(0).callbackAttempts()).isEqualTo(3);
        assertThat(tracking.effects).hasSize(1);
    }

    @Test
    void aForcedReturnComesBackReturnedAndACancelledShipmentNeverCallsBack() {
        simulator.courier().force("BR002-2026-000200", "RETURNED");
        courier.handOver(new Handover("BR002-2026-000200", "RCP-1", "BR002", "BR002-2026-000200")).block(WAIT);
        var cancelled = courier.handOver(new Handover("BR002-2026-000201", "RCP-2", "BR002", "BR002-2026-000201"))
                .block(WAIT);
        courier.cancel(cancelled.waybill(), "BR002-2026-000201").block(WAIT);

        await(() -> tracking.effects.size() == 1);
        pause(Duration.ofMillis(200));
        assertThat(tracking.effects).singleElement().satisfies(f -> {
            assertThat(f.letterNumber()).isEqualTo("BR002-2026-000200");
            assertThat(f.status()).isEqualTo("RETURNED");
        });
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within %s", WAIT).isLessThan(deadline);
            pause(Duration.ofMillis(20));
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

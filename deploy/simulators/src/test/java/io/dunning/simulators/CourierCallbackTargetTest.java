package io.dunning.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourierCallbackTargetTest {

    private static final URI FIRST = URI.create("http://localhost:1/courier/callbacks");
    private static final URI SECOND = URI.create("http://localhost:2/courier/callbacks");

    private static SimulatorSettings.Courier courier(List<URI> targets) {
        return new SimulatorSettings.Courier(targets, Duration.ZERO, 0.0, 1L, 5, Duration.ZERO);
    }

    @Test
    @DisplayName("One callback URL: every attempt of every waybill goes there (the default is notice-service on 8082)")
    void oneTarget() {
        assertThat(courier(List.of(FIRST)).callbackTarget("SIM0000000001", 3)).isEqualTo(FIRST);
        assertThat(courier(null).callbackUrl()).containsExactly(URI.create("http://localhost:8082/courier/callbacks"));
    }

    @Test
    @DisplayName("Several callback URLs: waybills spread over all of them, and each retry moves to the next instance")
    void spreadAndMoveOn() {
        SimulatorSettings.Courier courier = courier(List.of(FIRST, SECOND));
        Set<URI> firstAttempts = new HashSet<>();
        IntStream.rangeClosed(1, 20)
                .forEach(i -> firstAttempts.add(courier.callbackTarget("SIM%010d".formatted(i), 1)));
        assertThat(firstAttempts).containsExactlyInAnyOrder(FIRST, SECOND);
        String waybill = "SIM0000000007";
        assertThat(courier.callbackTarget(waybill, 2)).isNotEqualTo(courier.callbackTarget(waybill, 1));
        assertThat(courier.callbackTarget(waybill, 3)).isEqualTo(courier.callbackTarget(waybill, 1));
    }
}

package io.dunning.deploy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The launcher's stop order: the services, together, then the simulators they call. */
class StopOrderTest {

    @Test
    @DisplayName("the services stop first, the simulators (started first) last")
    void theServicesFormTheFirstWaveAndTheSimulatorsTheLast() {
        List<List<ServiceSpec>> waves = StopOrder.waves(ServiceSpec.ALL, Function.identity());

        assertThat(waves).hasSize(2);
        assertThat(waves.get(0)).extracting(ServiceSpec::name)
                .containsExactly("case-service", "notice-service", "contact-service");
        assertThat(waves.get(1)).extracting(ServiceSpec::name).containsExactly("simulators");
    }

    @Test
    @DisplayName("the services are stopped at the same time, and the simulators only once all of them have stopped")
    void theSimulatorsStopAfterEveryServiceHasStopped() {
        List<String> events = new CopyOnWriteArrayList<>();
        CyclicBarrier servicesTogether = new CyclicBarrier(3);

        StopOrder.stopAll(ServiceSpec.ALL, Function.identity(), spec -> {
            events.add("stopping " + spec.name());
            if (!spec.isSimulator()) {
                try {
                    // only passes when the three services are being stopped concurrently
                    servicesTogether.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    events.add("not concurrent: " + e);
                }
            }
            events.add("stopped " + spec.name());
        });

        assertThat(events).hasSize(8).noneMatch(event -> event.startsWith("not concurrent"));
        assertThat(events.get(6)).isEqualTo("stopping simulators");
        assertThat(events.get(7)).isEqualTo("stopped simulators");
        assertThat(events.subList(0, 6)).contains("stopped case-service", "stopped notice-service",
                "stopped contact-service");
    }

    @Test
    @DisplayName("a launcher with only some children built stops what it has, in the same order")
    void aPartialSetStopsInTheSameOrder() {
        List<String> stopped = new CopyOnWriteArrayList<>();

        StopOrder.stopAll(List.of(ServiceSpec.SIMULATORS, ServiceSpec.CASE_SERVICE), Function.identity(),
                spec -> stopped.add(spec.name()));

        assertThat(stopped).containsExactly("case-service", "simulators");
    }
}

package io.dunning.deploy.resilience;

import io.dunning.deploy.resilience.harness.Fleet;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/** One fleet per test class, started by the class, stopped after its last test; a log line with the elapsed time. */
abstract class FleetTest {

    /** The courier delivers (or returns) a letter this long after the hand-over. */
    private static final Duration COURIER_DELAY = Duration.ofSeconds(1);

    static Fleet fleet;
    private static long started = System.nanoTime();

    static Fleet startFleet(int instancesOfEachService) throws Exception {
        started = System.nanoTime();
        fleet = Fleet.start(ResilienceSettings.projectRoot(), instancesOfEachService, COURIER_DELAY);
        log("fleet up: " + fleet.instances());
        return fleet;
    }

    @AfterAll
    static void stopTheFleet() throws Exception {
        if (fleet != null) {
            fleet.close();
            fleet = null;
        }
    }

    static void log(String what) {
        System.out.printf("[resilience] %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, what);
    }
}

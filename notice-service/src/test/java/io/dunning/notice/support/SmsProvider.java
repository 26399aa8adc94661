package io.dunning.notice.support;

import io.dunning.simulators.Draw;
import io.dunning.simulators.SimulatorServer;
import io.dunning.simulators.SimulatorSettings;

/**
 * The real SMS simulator on a random loopback port, one per test JVM, for the Spring context of the integration
 * tests. It refuses (422 UNDELIVERABLE) a seeded half of the SMS ids, so a test picks an id of the kind it needs.
 */
public final class SmsProvider {

    public static final double FAILURE_RATIO = 0.5;
    public static final long SEED = 7L;
    private static SimulatorServer server;

    private SmsProvider() {
    }

    public static synchronized SimulatorServer server() {
        if (server == null) {
            server = SimulatorServer.start(0, new SimulatorSettings(null, new SimulatorSettings.Sms(FAILURE_RATIO,
                    SEED)));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** Whether the simulator refuses this SMS id. */
    public static boolean refuses(String smsId) {
        return Draw.below(FAILURE_RATIO, SEED, smsId);
    }
}

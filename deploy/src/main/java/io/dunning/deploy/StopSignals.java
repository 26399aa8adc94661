package io.dunning.deploy;

import sun.misc.Signal;

/**
 * Runs the launcher's shutdown on Ctrl-C (SIGINT) or SIGTERM <em>before</em> the JVM's shutdown hooks
 * start: Kafka's test kit deletes its log directory in a hook of its own, and hooks run concurrently, so
 * stopping the broker from a hook races that deletion. Any other exit still runs the shutdown from a hook.
 */
final class StopSignals {

    private StopSignals() {
    }

    static void onStop(Runnable shutdown) {
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "dunning-local-shutdown"));
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                shutdown.run();
                System.exit(0);
            });
        }
    }
}

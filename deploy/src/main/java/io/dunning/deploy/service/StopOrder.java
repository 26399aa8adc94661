package io.dunning.deploy.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The order the launcher stops its children in: the services first, all at once, then the simulators, which the
 * services call (notice-service hands letters to the courier and sends SMS through the provider simulator until it
 * has stopped). The reverse of the start order, where the simulators come first.
 */
public final class StopOrder {

    private StopOrder() {
    }

    /** The stop waves of these started children: the services, then the simulators; a wave may be empty. */
    public static <T> List<List<T>> waves(List<T> started, Function<T, ServiceSpec> specOf) {
        List<T> services = new ArrayList<>();
        List<T> simulators = new ArrayList<>();
        for (T child : started) {
            (specOf.apply(child).isSimulator() ? simulators : services).add(child);
        }
        return List.of(List.copyOf(services), List.copyOf(simulators));
    }

    /** Stops every child, wave by wave: the children of a wave concurrently, the next wave once all have stopped. */
    public static <T> void stopAll(List<T> started, Function<T, ServiceSpec> specOf, Consumer<T> stop) {
        for (List<T> wave : waves(started, specOf)) {
            List<Thread> stopping = new ArrayList<>();
            for (T child : wave) {
                Thread thread = new Thread(() -> stop.accept(child), "stop-" + specOf.apply(child).name());
                thread.start();
                stopping.add(thread);
            }
            for (Thread thread : stopping) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

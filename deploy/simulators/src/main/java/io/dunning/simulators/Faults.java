package io.dunning.simulators;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for tests and demos: the next N requests to a target fail or are slow.
 * Targets: {@code courier}, {@code sms}.
 */
public final class Faults {

    /**
     * @param status     HTTP status to answer instead of the real answer (0 = answer normally)
     * @param delay      pause before answering (a slow provider; the client may time out)
     * @param afterWork  true = do the real work first, then answer {@code status} (the answer is lost, the effect is not)
     */
    public record Fault(int status, Duration delay, boolean afterWork) {
        public Fault {
            delay = delay != null ? delay : Duration.ZERO;
        }
    }

    private record Armed(Fault fault, AtomicInteger remaining) {
    }

    private final Map<String, Armed> armed = new ConcurrentHashMap<>();

    public void inject(String target, Fault fault, int count) {
        armed.put(target, new Armed(fault, new AtomicInteger(count)));
    }

    public void clear() {
        armed.clear();
    }

    /** Takes one fault for this request, if any is armed. */
    public Optional<Fault> next(String target) {
        Armed a = armed.get(target);
        if (a == null || a.remaining().getAndDecrement() <= 0) {
            return Optional.empty();
        }
        return Optional.of(a.fault());
    }
}

package io.dunning.deploy.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Bounded polling: every wait has a deadline, and a dead child fails it at once. */
final class Await {

    private static final Duration INTERVAL = Duration.ofMillis(500);

    private final RunningSystem system;

    Await(RunningSystem system) {
        this.system = system;
    }

    /**
     * Polls {@code probe} until it returns a value; a probe that throws an {@link AssertionError} or an I/O error
     * is retried, and the last failure is reported when the deadline passes.
     */
    <T> T until(String what, Duration timeout, Callable<Optional<T>> probe) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Throwable last = null;
        while (true) {
            system.assertAllAlive();
            try {
                Optional<T> value = probe.call();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (AssertionError | java.io.IOException e) {
                last = e;
            }
            if (Instant.now().isAfter(deadline)) {
                AssertionError timedOut = new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for "
                        + what + (last == null ? "" : ": " + last.getMessage()));
                if (last != null) {
                    timedOut.initCause(last);
                }
                throw timedOut;
            }
            Thread.sleep(INTERVAL.toMillis());
        }
    }

    /** Polls {@code probe} until it answers the same value twice, {@code quiet} apart. */
    <T> T stable(String what, Duration timeout, Duration quiet, Callable<T> probe) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        T previous = probe.call();
        while (true) {
            Thread.sleep(quiet.toMillis());
            system.assertAllAlive();
            T current = probe.call();
            if (current.equals(previous)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still changing after " + timeout.toSeconds() + " s: " + what
                        + "\nbefore: " + previous + "\nafter:  " + current);
            }
            previous = current;
        }
    }
}

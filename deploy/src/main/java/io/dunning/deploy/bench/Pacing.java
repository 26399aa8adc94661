package io.dunning.deploy.bench;

/**
 * A fixed rate as a schedule: the i-th event (from 0) is due {@code i / rate} seconds after the start. Computed from
 * the index each time, never by adding intervals, so rounding does not drift over a long run; an event due in the
 * past is sent at once (and a load generator measures its latency from the due time, not from the late send).
 */
record Pacing(double perSecond) {

    Pacing {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be positive and finite: " + perSecond);
        }
    }

    /** Nanoseconds from the start at which event {@code index} is due. */
    long dueNanos(long index) {
        return Math.round(index * 1e9 / perSecond);
    }

    /** How many events a phase of {@code seconds} holds (at least one). */
    long eventsIn(double seconds) {
        return Math.max(1, Math.round(perSecond * seconds));
    }
}

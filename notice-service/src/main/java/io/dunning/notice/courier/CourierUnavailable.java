package io.dunning.notice.courier;

/** The courier could not be reached or kept failing (5xx, timeouts, refused connections) for every attempt. */
public final class CourierUnavailable extends CourierException {

    private final int attempts;

    public CourierUnavailable(String letterNumber, int attempts, Throwable cause) {
        super("courier unavailable for " + letterNumber + " after " + attempts + " attempts: " + cause,
                letterNumber, cause);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}

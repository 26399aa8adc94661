package io.dunning.notice.courier;

/** The courier refused the request (a 4xx): retrying it unchanged cannot succeed, so it was not retried. */
public final class CourierRejected extends CourierException {

    private final int status;
    private final String code;

    public CourierRejected(String letterNumber, int status, String code, Throwable cause) {
        super("courier rejected the request for " + letterNumber + ": HTTP " + status + " " + code,
                letterNumber, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** The courier's error code (e.g. IDEMPOTENCY_KEY_REUSED), or UNKNOWN. */
    public String code() {
        return code;
    }
}

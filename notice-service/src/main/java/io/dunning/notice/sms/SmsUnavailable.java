package io.dunning.notice.sms;

/** The provider could not be reached or kept failing (5xx, timeouts, refused connections) for every attempt. */
public final class SmsUnavailable extends SmsException {

    private final int attempts;

    public SmsUnavailable(String smsId, int attempts, Throwable cause) {
        super("SMS provider unavailable for " + smsId + " after " + attempts + " attempts: " + cause, smsId, cause);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}

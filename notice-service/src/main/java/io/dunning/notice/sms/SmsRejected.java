package io.dunning.notice.sms;

/** The provider refused the message (a 4xx, e.g. UNDELIVERABLE): not retried. */
public final class SmsRejected extends SmsException {

    private final int status;
    private final String code;

    public SmsRejected(String smsId, int status, String code, Throwable cause) {
        super("SMS provider rejected " + smsId + ": HTTP " + status + " " + code, smsId, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** The provider's error code (e.g. UNDELIVERABLE), or UNKNOWN. */
    public String code() {
        return code;
    }
}

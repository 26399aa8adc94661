package io.dunning.notice.sms;

/** An SMS send that did not succeed; see the two kinds. */
public abstract sealed class SmsException extends RuntimeException permits SmsRejected, SmsUnavailable {

    private final String smsId;

    SmsException(String message, String smsId, Throwable cause) {
        super(message, cause);
        this.smsId = smsId;
    }

    public String smsId() {
        return smsId;
    }
}

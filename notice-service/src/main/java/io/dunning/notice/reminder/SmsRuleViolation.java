package io.dunning.notice.reminder;

/** A command the SMS cannot accept in its current state: a typed error with a code. */
public class SmsRuleViolation extends RuntimeException {

    /** Why the command was refused. */
    public enum Code {
        MISSING_DETAIL,
        NOT_SUBMITTED,
        ALREADY_SETTLED
    }

    private final Code code;

    public SmsRuleViolation(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}

package io.dunning.notice.letter;

/** A command the letter cannot accept in its current state: a typed error with a code, never a bare exception. */
public class LetterRuleViolation extends RuntimeException {

    /** Why the command was refused. */
    public enum Code {
        MISSING_DETAIL,
        DISPATCH_CANCELLED,
        NOT_DISPATCHED,
        ALREADY_DISPATCHED,
        ALREADY_SETTLED
    }

    private final Code code;

    public LetterRuleViolation(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}

package io.dunning.notice.kafka;

/**
 * A case-event record that can never be processed: no CloudEvents id, or a body that does not parse or validate.
 * Not retried: it goes straight to the DLT with {@link #reason()} and the message (which names the field, never a
 * personal value) in its headers.
 */
public class InvalidRecordException extends RuntimeException {

    /** Low-cardinality reason, used as DLT header and metric tag. */
    public enum Reason {
        MISSING_ID("missing-ce-id"),
        MALFORMED("malformed-record"),
        INVALID_FIELD("invalid-field");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private final Reason reason;

    public InvalidRecordException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

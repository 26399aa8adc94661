package io.dunning.cases.kafka;

/**
 * A core-banking record that can never be processed: unparseable, invalid, of an unknown type, or about a loan
 * without an open case. Not retried: it goes straight to the DLT with {@link #reason()} and the message (which
 * names the field, never a personal value) in its headers.
 */
public class InvalidRecordException extends RuntimeException {

    /** Low-cardinality reason, used as DLT header and metric tag. */
    public enum Reason {
        MALFORMED("malformed-record"),
        INVALID_FIELD("invalid-field"),
        UNKNOWN_TYPE("unknown-type"),
        NO_OPEN_CASE("no-open-case");

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

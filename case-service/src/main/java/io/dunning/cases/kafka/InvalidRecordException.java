package io.dunning.cases.kafka;

/**
 * An inbound record (core banking or notice-service) that can never be processed: unparseable, invalid, implausible,
 * of an unknown type, about a loan without an open case, or about a case this service does not know. Not retried: it goes straight to the DLT with {@link #reason()} and the message (which
 * names the field, never a personal value) in its headers.
 */
public class InvalidRecordException extends RuntimeException {

    /** Low-cardinality reason, used as DLT header and metric tag. */
    public enum Reason {
        MALFORMED("malformed-record"),
        INVALID_FIELD("invalid-field"),
        UNKNOWN_TYPE("unknown-type"),
        NO_OPEN_CASE("no-open-case"),
        UNKNOWN_CASE("unknown-case"),
        /** Valid fields that cannot be true of the loan (days past due falling without a payment). */
        IMPLAUSIBLE("implausible-record");

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

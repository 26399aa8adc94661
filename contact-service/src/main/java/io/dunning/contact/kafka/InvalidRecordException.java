package io.dunning.contact.kafka;

/**
 * A record no retry can fix; it goes to the DLT at once. Messages name headers and fields, never values that could
 * be personal data.
 */
public class InvalidRecordException extends RuntimeException {

    private final String tag;

    InvalidRecordException(String tag, String message, Throwable cause) {
        super(message, cause);
        this.tag = tag;
    }

    InvalidRecordException(String tag, String message) {
        this(tag, message, null);
    }

    public String tag() {
        return tag;
    }
}

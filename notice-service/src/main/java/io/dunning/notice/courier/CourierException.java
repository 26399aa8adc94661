package io.dunning.notice.courier;

/** A courier call that did not succeed; see the two kinds. */
public abstract sealed class CourierException extends RuntimeException permits CourierRejected, CourierUnavailable {

    private final String letterNumber;

    CourierException(String message, String letterNumber, Throwable cause) {
        super(message, cause);
        this.letterNumber = letterNumber;
    }

    /** The letter concerned, or the waybill when only that is known. */
    public String letterNumber() {
        return letterNumber;
    }
}

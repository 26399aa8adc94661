package io.dunning.notice.courier;

/** A delivery result that cannot be recorded, with the reason (answered to the courier as 404 or 409). */
public final class TrackingRefused extends RuntimeException {

    public enum Reason {
        /** No letter with this number. */
        UNKNOWN_LETTER,
        /** The letter travels under another waybill. */
        WAYBILL_MISMATCH,
        /** The letter already has the opposite result (delivered vs returned), or was cancelled. */
        CONFLICTING_RESULT
    }

    private final Reason reason;

    public TrackingRefused(Reason reason, String letterNumber) {
        super(reason + " for letter " + letterNumber);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package io.dunning.notice.courier.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of POST /courier/callbacks. Plain strings, so that every malformed value is reported by field name.
 *
 * @param status DELIVERED (needs proofOfDeliveryRef) or RETURNED (needs returnReason and returnedItemRef)
 * @param at     ISO-8601 instant of delivery or return
 */
record CourierCallbackRequest(String waybill, String letterNumber, String status, String proofOfDeliveryRef,
                              String returnReason, String returnedItemRef, String at) {

    static final int MAX_LENGTH = 128;

    record Violation(String field, String message) {
    }

    boolean delivered() {
        return "DELIVERED".equals(status);
    }

    Instant instant() {
        return Instant.parse(at);
    }

    List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        text(found, "waybill", waybill);
        text(found, "letterNumber", letterNumber);
        if (text(found, "status", status) && !delivered() && !"RETURNED".equals(status)) {
            found.add(new Violation("status", "must be DELIVERED or RETURNED"));
        }
        if (delivered()) {
            text(found, "proofOfDeliveryRef", proofOfDeliveryRef);
        } else if ("RETURNED".equals(status)) {
            text(found, "returnReason", returnReason);
            text(found, "returnedItemRef", returnedItemRef);
        }
        if (text(found, "at", at)) {
            try {
                Instant.parse(at);
            } catch (DateTimeParseException e) {
                found.add(new Violation("at", "must be an ISO-8601 instant, e.g. 2026-03-01T09:30:00Z"));
            }
        }
        return found;
    }

    private static boolean text(List<Violation> found, String field, String value) {
        if (value == null || value.isBlank()) {
            found.add(new Violation(field, "is required"));
            return false;
        }
        if (value.length() > MAX_LENGTH) {
            found.add(new Violation(field, "must be at most " + MAX_LENGTH + " characters"));
            return false;
        }
        return true;
    }
}

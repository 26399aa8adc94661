package io.dunning.notice.courier;

import reactor.core.publisher.Mono;

/**
 * The tracked courier that carries the sent copy of a letter (R3.1). Every call is idempotent on the courier's
 * side: the same idempotency key never produces a second shipment, so a caller may retry a handover freely.
 * Errors: {@link CourierRejected} (the courier said no: do not retry as is) or {@link CourierUnavailable}
 * (transient faults outlasted the bounded retries: try again later with the same key).
 */
public interface CourierGateway {

    /** Hands the letter over; completes with the waybill number the courier issued. */
    Mono<HandoverReceipt> handOver(Handover handover);

    /** What the courier knows of a shipment now. */
    Mono<ShipmentStatus> track(String waybill);

    /** Cancels a shipment still in transit (a cure before delivery); rejected once delivered or returned. */
    Mono<ShipmentStatus> cancel(String waybill, String letterNumber);

    /**
     * @param letterNumber   the letter number (函号) printed on the letter
     * @param recipientRef   the courier's reference of the addressee (no name or address travels in logs)
     * @param sendingBranch  the branch that sends the letter
     * @param idempotencyKey stable per dispatch, e.g. the letter number; the same key always gives the same waybill
     */
    record Handover(String letterNumber, String recipientRef, String sendingBranch, String idempotencyKey) {
    }

    record HandoverReceipt(String waybill, String letterNumber, java.time.Instant acceptedAt) {
    }

    /** @param status IN_TRANSIT, DELIVERED, RETURNED or CANCELLED */
    record ShipmentStatus(String waybill, String letterNumber, String status) {
    }
}

package io.dunning.simulators.courier;

import java.time.Instant;

/**
 * What the simulated courier knows of a shipment (GET /courier/shipments); {@code callbackTarget} is the URL the latest
 * callback attempt went to (null before the first).
 */
public record ShipmentView(String waybill, String letterNumber, String recipientRef, String sendingBranch,
                           String idempotencyKey, String status, Instant acceptedAt, Instant outcomeAt,
                           String callback, int callbackAttempts, String callbackTarget) {
}

package io.dunning.simulators.courier;

import java.time.Instant;

/** What the simulated courier knows of a shipment (GET /courier/shipments). */
public record ShipmentView(String waybill, String letterNumber, String recipientRef, String sendingBranch,
                           String idempotencyKey, String status, Instant acceptedAt, Instant outcomeAt,
                           String callback, int callbackAttempts) {
}

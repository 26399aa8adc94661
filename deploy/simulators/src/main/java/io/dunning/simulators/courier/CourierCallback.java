package io.dunning.simulators.courier;

import java.time.Instant;

/** The body the courier posts to the callback URL: DELIVERED with a proof, or RETURNED with reason and item. */
public record CourierCallback(String waybill, String letterNumber, String status, String proofOfDeliveryRef,
                              String returnReason, String returnedItemRef, Instant at) {
}

package io.dunning.simulators.courier;

/** The body the courier posts to the callback URL: DELIVERED with a proof, or RETURNED with reason and item;
 * {@code at} is an ISO-8601 instant. */
public record CourierCallback(String waybill, String letterNumber, String status, String proofOfDeliveryRef,
                              String returnReason, String returnedItemRef, String at) {
}

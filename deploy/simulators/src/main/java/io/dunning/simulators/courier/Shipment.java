package io.dunning.simulators.courier;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.Disposable;

/** One letter handed to the simulated courier. */
final class Shipment {

    enum Status { IN_TRANSIT, DELIVERED, RETURNED, CANCELLED }

    enum Callback { PENDING, SENT, FAILED, NONE }

    final String waybill;
    final String letterNumber;
    final String recipientRef;
    final String sendingBranch;
    final String idempotencyKey;
    final Instant acceptedAt;
    final AtomicInteger callbackAttempts = new AtomicInteger();
    private Status status = Status.IN_TRANSIT;
    private Callback callback = Callback.PENDING;
    private Instant outcomeAt;
    private URI callbackTarget;
    private Disposable pending;

    Shipment(String waybill, String letterNumber, String recipientRef, String sendingBranch,
             String idempotencyKey, Instant acceptedAt) {
        this.waybill = waybill;
        this.letterNumber = letterNumber;
        this.recipientRef = recipientRef;
        this.sendingBranch = sendingBranch;
        this.idempotencyKey = idempotencyKey;
        this.acceptedAt = acceptedAt;
    }

    synchronized void pending(Disposable pending) {
        this.pending = pending;
    }

    /** The courier reached the end of the trip; false if the shipment was cancelled meanwhile. */
    synchronized boolean arrive(Status outcome, Instant at) {
        if (status != Status.IN_TRANSIT) {
            return false;
        }
        status = outcome;
        outcomeAt = at;
        return true;
    }

    synchronized boolean cancel() {
        if (status != Status.IN_TRANSIT) {
            return false;
        }
        status = Status.CANCELLED;
        callback = Callback.NONE;
        if (pending != null) {
            pending.dispose();
        }
        return true;
    }

    /** The notice-service instance the latest callback attempt went to. */
    synchronized void callbackTarget(URI target) {
        callbackTarget = target;
    }

    synchronized void callback(Callback result) {
        callback = result;
    }

    synchronized Status status() {
        return status;
    }

    synchronized ShipmentView view() {
        return new ShipmentView(waybill, letterNumber, recipientRef, sendingBranch, idempotencyKey, status.name(),
                acceptedAt, outcomeAt, callback.name(), callbackAttempts.get(),
                callbackTarget == null ? null : callbackTarget.toString());
    }
}

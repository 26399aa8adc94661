package io.dunning.notice.courier;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Where the courier's delivery results go (R3.2): the Letter aggregate records them. Implementations are
 * idempotent: the same fact twice completes with {@link Outcome#ALREADY_RECORDED} and changes nothing.
 * A fact that cannot be recorded completes exceptionally with {@link TrackingRefused}; any other failure is
 * treated as transient (the courier is answered 503 and retries).
 */
public interface DeliveryTracking {

    CompletionStage<Outcome> delivered(String letterNumber, String waybill, String proofOfDeliveryRef, Instant at);

    CompletionStage<Outcome> returned(String letterNumber, String waybill, String returnReason,
                                      String returnedItemRef, Instant at);

    enum Outcome { RECORDED, ALREADY_RECORDED }
}

package io.dunning.notice.courier.web;

import io.dunning.notice.courier.DeliveryTracking;
import io.dunning.notice.courier.TrackingRefused;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory DeliveryTracking that keeps the port's contract: one fact per letter, repeats change nothing. */
final class RecordingDeliveryTracking implements DeliveryTracking {

    record Fact(String letterNumber, String waybill, String status, String evidence, String itemRef, Instant at) {
    }

    final Map<String, Fact> facts = new ConcurrentHashMap<>();
    final List<Fact> effects = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger failuresToInject = new AtomicInteger();

    @Override
    public CompletionStage<Outcome> delivered(String letterNumber, String waybill, String proofRef, Instant at) {
        return record(new Fact(letterNumber, waybill, "DELIVERED", proofRef, null, at));
    }

    @Override
    public CompletionStage<Outcome> returned(String letterNumber, String waybill, String reason, String itemRef,
                                             Instant at) {
        return record(new Fact(letterNumber, waybill, "RETURNED", reason, itemRef, at));
    }

    private CompletionStage<Outcome> record(Fact fact) {
        calls.incrementAndGet();
        if (failuresToInject.getAndDecrement() > 0) {
            return CompletableFuture.failedFuture(new IllegalStateException("store unavailable"));
        }
        Fact existing = facts.putIfAbsent(fact.letterNumber(), fact);
        if (existing == null) {
            effects.add(fact);
            return CompletableFuture.completedFuture(Outcome.RECORDED);
        }
        if (!existing.status().equals(fact.status())) {
            return CompletableFuture.failedFuture(
                    new TrackingRefused(TrackingRefused.Reason.CONFLICTING_RESULT, fact.letterNumber()));
        }
        return CompletableFuture.completedFuture(Outcome.ALREADY_RECORDED);
    }
}

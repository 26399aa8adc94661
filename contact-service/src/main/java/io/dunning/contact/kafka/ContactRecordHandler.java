package io.dunning.contact.kafka;

import io.dunning.contact.reporting.CaseStateProjector;
import io.dunning.contact.timeline.TimelineHub;
import io.dunning.contact.timeline.TimelineProjector;
import io.dunning.contact.timeline.TimelineQueries;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one record exactly once: in ONE transaction (the caller's chunk when there is one), records its ce_id as
 * processed (a duplicate stops here; the ids of a chunk are read and written once, {@link ProcessedChunk}) and writes
 * the projections; after the commit, pushes the timeline entry it
 * touched to the live SSE subscribers.
 */
@Component
class ContactRecordHandler {

    private final TransactionTemplate transaction;
    private final ProcessedMessages processed;
    private final CaseStateProjector caseState;
    private final TimelineProjector timeline;
    private final TimelineQueries queries;
    private final TimelineHub hub;

    ContactRecordHandler(TransactionTemplate transaction, ProcessedMessages processed, CaseStateProjector caseState,
                         TimelineProjector timeline, TimelineQueries queries, TimelineHub hub) {
        this.transaction = transaction;
        this.processed = processed;
        this.caseState = caseState;
        this.timeline = timeline;
        this.queries = queries;
        this.hub = hub;
    }

    /**
     * True when applied, false when a duplicate.
     *
     * @param ahead the ce_ids from this record to the end of its poll, read when the record starts a chunk
     */
    boolean apply(InboundRecord record, Supplier<Collection<String>> ahead) {
        Optional<Optional<Long>> outcome = transaction.execute(status -> {
            if (!ProcessedChunk.current(processed, ahead).markProcessed(record.ceId())) {
                return Optional.empty();
            }
            try {
                caseState.on(record.event(), record.occurredAt());
                return Optional.of(timeline.on(record.event(), record.occurredAt()));
            } catch (NullPointerException | IllegalArgumentException e) {
                throw new InvalidRecordException("invalid-field", record.ceType() + ": a required field is missing"
                        + " or invalid (" + e.getClass().getSimpleName() + ")", e);
            }
        });
        if (outcome == null || outcome.isEmpty()) {
            return false;
        }
        // the entry is read back for live streams only: without a subscriber that is a query per record for nothing
        outcome.get().ifPresent(id -> AfterCommit.run(() -> {
            if (hub.hasSubscribers()) {
                hub.publish(queries.byIds(List.of(id)));
            }
        }));
        return true;
    }
}

package io.dunning.contact.kafka;

import io.dunning.platform.kafka.TransactionScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The processed ids of one chunk's transaction (PollTransactions): instead of one INSERT per record, the ids of
 * every record ahead in the poll are looked up in one query when the chunk starts, each record is checked against
 * that copy, and the chunk's new ids are inserted by one statement before it commits, in the same transaction as the
 * projections. That statement must insert every one of them: fewer means another consumer (a partition moved in a
 * rebalance) applied one meanwhile, so the chunk rolls back ({@link ProcessedConcurrently}) and is applied again
 * record by record, where the duplicate is found and skipped. Lives as long as its transaction.
 */
final class ProcessedChunk implements TransactionSynchronization {

    /** Another transaction recorded one of the chunk's ids after the chunk had read them. */
    static final class ProcessedConcurrently extends RuntimeException {

        ProcessedConcurrently(int expected, int inserted) {
            super("only " + inserted + " of " + expected + " processed-message ids were new at commit");
        }
    }

    private static final Object KEY = ProcessedChunk.class;

    private final ProcessedMessages store;
    private final Set<String> processed;
    private final List<String> fresh = new ArrayList<>();

    private ProcessedChunk(ProcessedMessages store, Collection<String> ahead) {
        this.store = store;
        this.processed = new HashSet<>(store.processedAmong(ahead));
    }

    /**
     * The current transaction's chunk; a new one reads which of {@code ahead} (the ids from this record to the end
     * of the poll) were processed before. Must be called inside a transaction.
     */
    static ProcessedChunk current(ProcessedMessages store, Supplier<Collection<String>> ahead) {
        return TransactionScoped.computeIfAbsent(KEY, () -> new ProcessedChunk(store, ahead.get()));
    }

    /** Records the id as processed by this chunk; false when it was processed before (a duplicate to skip). */
    boolean markProcessed(String messageId) {
        if (!processed.add(messageId)) {
            return false;
        }
        fresh.add(messageId);
        return true;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        int inserted = store.markAllProcessed(fresh);
        if (inserted != fresh.size()) {
            throw new ProcessedConcurrently(fresh.size(), inserted);
        }
    }
}

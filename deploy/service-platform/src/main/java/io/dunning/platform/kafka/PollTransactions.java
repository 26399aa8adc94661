package io.dunning.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch listener's poll in as few transactions as its time allows: records are applied one after the
 * other in one transaction until the chunk has run for {@code chunkTime}, then it commits and the next chunk starts.
 * The record action must join the caller's transaction (propagation REQUIRED), its processed-message row with it,
 * so every chunk is exactly-once on its own and the container commits the offsets after the whole poll: a crash
 * replays the poll and the processed-message rows make the replay a no-op.
 * <p>
 * Each chunk's transaction also has a hard deadline ({@code deadline}, well above {@code chunkTime}): a long open
 * transaction holds global-index values the tracking processors see as gaps. A chunk that fails (an invalid record,
 * a conflict, its deadline) rolls back and its records are applied again one by one, each in its own transaction;
 * the first that fails alone is handed to the container's error handler as a {@link BatchListenerFailedException}:
 * the records before it are committed, it is retried or dead-lettered as a record listener's would be, the records
 * after it are polled again. A chunk of one record that fails is not replayed: it failed alone.
 * <p>
 * The time budget replaces a fixed chunk size: on a busy machine a chunk shrinks instead of overrunning its
 * deadline and being done twice; on an idle one the whole poll commits at once.
 */
public final class PollTransactions {

    private static final Logger log = LoggerFactory.getLogger(PollTransactions.class);

    private final TransactionTemplate transaction;
    private final long chunkNanos;
    private final LongSupplier nanoClock;

    public PollTransactions(PlatformTransactionManager transactions, Duration chunkTime, Duration deadline) {
        this(transactions, chunkTime, deadline, System::nanoTime);
    }

    PollTransactions(PlatformTransactionManager transactions, Duration chunkTime, Duration deadline,
                     LongSupplier nanoClock) {
        if (chunkTime.compareTo(deadline) >= 0) {
            throw new IllegalArgumentException("the chunk time " + chunkTime + " must be below the deadline "
                    + deadline);
        }
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(Math.max(1, Math.toIntExact(deadline.toSeconds())));
        this.chunkNanos = chunkTime.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Applies every record of the poll, in order; throws {@link BatchListenerFailedException} as described. */
    public <R extends ConsumerRecord<?, ?>> void apply(List<R> poll, Consumer<R> action) {
        int next = 0;
        while (next < poll.size()) {
            Chunk chunk = new Chunk(next);
            try {
                transaction.executeWithoutResult(status -> chunk.run(poll, action));
                next = chunk.end;
            } catch (RuntimeException e) {
                int failed = chunk.lastTried();
                if (failed == chunk.start) {
                    throw failure(poll.get(failed), e);
                }
                R first = poll.get(chunk.start);
                log.info("Chunk of {} records from {}-{}@{} rolled back ({}); applying them one by one",
                        failed - chunk.start + 1, first.topic(), first.partition(), first.offset(), e.toString());
                for (int i = chunk.start; i <= failed; i++) {
                    applyAlone(poll.get(i), action);
                }
                next = failed + 1;
            }
        }
    }

    private <R extends ConsumerRecord<?, ?>> void applyAlone(R record, Consumer<R> action) {
        try {
            transaction.executeWithoutResult(status -> action.accept(record));
        } catch (RuntimeException e) {
            throw failure(record, e);
        }
    }

    private static BatchListenerFailedException failure(ConsumerRecord<?, ?> record, RuntimeException cause) {
        return new BatchListenerFailedException("record " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " of key " + record.key() + " failed", cause, record);
    }

    /** One transaction's share of the poll: records [start, end) once it committed. */
    private final class Chunk {

        private final int start;
        private int end;
        private boolean recordFailed;

        Chunk(int start) {
            this.start = start;
            this.end = start;
        }

        <R extends ConsumerRecord<?, ?>> void run(List<R> poll, Consumer<R> action) {
            long began = nanoClock.getAsLong();
            do {
                recordFailed = true;
                action.accept(poll.get(end));
                recordFailed = false;
                end++;
            } while (end < poll.size() && nanoClock.getAsLong() - began < chunkNanos);
        }

        /** The record that failed, or the chunk's last when its commit failed. */
        int lastTried() {
            return recordFailed ? end : end - 1;
        }
    }
}

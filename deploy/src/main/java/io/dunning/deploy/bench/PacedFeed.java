package io.dunning.deploy.bench;

import io.dunning.deploy.feed.CoreBankingProducer;
import java.util.Iterator;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends portfolio records, as fast as the producer goes or at a fixed rate ({@link Pacing}), and flushes. */
final class PacedFeed {

    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private PacedFeed() {
    }

    /**
     * Up to {@code count} records of {@code portfolio}; {@code rate} records/s, unpaced when 0. {@code progress}
     * gets the records sent so far every 5 s. Returns how many were sent.
     */
    static long produce(CoreBankingProducer producer, Iterator<ProducerRecord<String, String>> portfolio, long count,
                        double rate, java.util.function.LongConsumer progress) {
        Pacing pacing = rate > 0 ? new Pacing(rate) : null;
        long start = System.nanoTime();
        long lastProgress = start;
        long sent = 0;
        while (sent < count && portfolio.hasNext()) {
            if (pacing != null) {
                long due = start + pacing.dueNanos(sent);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
            }
            producer.send(portfolio.next());
            sent++;
            if (System.nanoTime() - lastProgress > PROGRESS_NANOS) {
                lastProgress = System.nanoTime();
                progress.accept(sent);
            }
        }
        producer.flush();
        return sent;
    }
}

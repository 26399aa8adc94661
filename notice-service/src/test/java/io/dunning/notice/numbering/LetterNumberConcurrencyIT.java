package io.dunning.notice.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.common.BranchId;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** R3.1 letter numbers under parallel allocation on the real PostgreSQL: unique and gap-free per branch and year. */
class LetterNumberConcurrencyIT extends NoticeServiceIntegrationTest {

    private static final int THREADS = 6;
    private static final int PER_THREAD = 20;

    @Autowired
    LetterNumbers numbers;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @DisplayName("R3.1 parallel allocations, some rolled back, leave unique numbers 1..n without a gap")
    void parallelAllocationsAreUniqueAndGapFree() throws Exception {
        String branch = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    boolean rollBack = i % 4 == 3;
                    String number = transaction.execute(status -> {
                        String allocated = numbers.allocate(new BranchId(branch), 2026);
                        if (rollBack) {
                            status.setRollbackOnly();
                        }
                        return allocated;
                    });
                    if (!rollBack) {
                        committed.add(number);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        List<String> expected = LongStream.rangeClosed(1, committed.size())
                .mapToObj(seq -> String.format("%s-2026-%06d", branch, seq)).toList();
        List<String> actual = new ArrayList<>(committed);
        Collections.sort(actual);
        assertThat(committed).hasSize(THREADS * PER_THREAD * 3 / 4);
        assertThat(actual).containsExactlyElementsOf(expected);
        String next = transaction.execute(status -> numbers.allocate(new BranchId(branch), 2026));
        assertThat(next).isEqualTo(String.format("%s-2026-%06d", branch, committed.size() + 1));
        String nextYear = transaction.execute(status -> numbers.allocate(new BranchId(branch), 2027));
        assertThat(nextYear).isEqualTo(branch + "-2027-000001");
    }
}

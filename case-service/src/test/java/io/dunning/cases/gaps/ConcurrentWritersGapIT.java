package io.dunning.cases.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.events.Topics;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon's gap problem on the real event store (docs/adr/0012): the global index is taken at INSERT and becomes
 * visible at COMMIT, so a slow transaction leaves a gap that later events pass. A tracking processor must wait for
 * the gap (gap timeout 60 s) as long as any transaction can still commit it (PostgreSQL bounds every transaction
 * to 20 s), and must not wait for what was rolled back or killed.
 */
class ConcurrentWritersGapIT extends CaseServiceIntegrationTest {

    private static final int WRITERS = 4;
    private static final int APPENDS_PER_WRITER = 25;
    private static final Duration HELD = Duration.ofSeconds(5);
    private static final Duration PAST_THE_BOUND = Duration.ofSeconds(22);

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("4 concurrent writers x 25 appends (5 of them rolled back), 1 transaction held open 5 s after its "
            + "append while the others commit past it, 1 held idle 22 s (PostgreSQL kills it at 20 s): case-view "
            + "and the Kafka publisher apply exactly the 96 committed events, none skipped, none invented")
    void everyTrackingProcessorAppliesExactlyTheCommittedEvents() throws Exception {
        String run = "GAP-" + UUID.randomUUID() + "-";
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        Set<String> committed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        try {
            CountDownLatch held = new CountDownLatch(1);
            String[] heldCase = new String[1];
            Future<?> heldWriter = pool.submit(() -> {
                transaction.executeWithoutResult(status -> {
                    heldCase[0] = append(run + "held");
                    held.countDown();
                    sleep(HELD);
                });
                committed.add(run + "held");
            });
            held.await(10, TimeUnit.SECONDS);
            Future<Boolean> killedWriter = pool.submit(() -> {
                try {
                    transaction.executeWithoutResult(status -> {
                        append(run + "killed");
                        sleep(PAST_THE_BOUND);
                    });
                    return false;
                } catch (RuntimeException killedByPostgres) {
                    return true;
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int k = 0; k < APPENDS_PER_WRITER; k++) {
                        String loanId = run + writer + "-" + k;
                        boolean rollBack = (writer * APPENDS_PER_WRITER + k) % 20 == 7;
                        transaction.executeWithoutResult(status -> {
                            append(loanId);
                            if (rollBack) {
                                status.setRollbackOnly();
                            }
                        });
                        if (!rollBack) {
                            committed.add(loanId);
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            heldWriter.get(60, TimeUnit.SECONDS);
            assertThat(committed).hasSize(96);
            assertThat(globalIndexOf(heldCase[0])).as("the held event's index lies below later committed ones")
                    .isLessThan(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry",
                            Long.class));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(projected(run)).containsExactlyInAnyOrderElementsOf(committed));
            Set<String> published = new HashSet<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                published.addAll(CaseEventKeys.read(Topics.CASE_EVENTS, run));
                assertThat(published).containsExactlyInAnyOrderElementsOf(committed);
            });

            assertThat(killedWriter.get(60, TimeUnit.SECONDS)).as("PostgreSQL ended the transaction held past 20 s")
                    .isTrue();
            assertThat(projected(run)).doesNotContain(run + "killed").hasSize(96);
            assertThat(CaseEventKeys.read(Topics.CASE_EVENTS, run)).doesNotContain(run + "killed");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Appends a CaseOpened of a new case of the loan in the current transaction; returns the case id. */
    private String append(String loanId) {
        String caseId = UUID.randomUUID().toString();
        CaseOpened opened = new CaseOpened(new CaseId(caseId), new LoanId(loanId), new CustomerId("C-GAP"),
                new BranchId("BR-GAP"), "SME-TERM", "CNY", new BigDecimal("1000.00"),
                new Arrears(new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO), 1, LocalDate.of(2026, 1, 1),
                false, List.of(new Obligor(new PartyId("P-GAP"), ObligorRole.BORROWER, "Asia/Shanghai")),
                LocalDate.of(2026, 1, 2), "gap-" + loanId, "gap-test");
        eventStore.publish(new GenericDomainEventMessage<>("CollectionCase", caseId, 0, opened));
        return caseId;
    }

    private List<String> projected(String run) {
        return jdbc.queryForList("SELECT loan_id FROM case_view WHERE loan_id LIKE ?", String.class, run + "%");
    }

    private long globalIndexOf(String caseId) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseId);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.dunning.cases.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.Arrears;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case-view processor's transaction copy of case_view ({@link CaseViewBatch}), driven the way the processor
 * drives it: the projector's calls inside one transaction, against the real PostgreSQL table.
 */
class CaseViewBatchIT extends CaseServiceIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-02-09T08:00:00Z");

    @Autowired
    CaseViewRepository views;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void removeTheFault() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_case_view_update ON case_view");
    }

    @Test
    @DisplayName("several events of one case in one transaction: the new row is inserted at once, the later changes "
            + "are held in memory and written back once at the commit, with the highest version")
    void eventsOfOneBatchAreWrittenBackOnceAtTheCommit() {
        String caseId = newCaseId();
        inTransaction(() -> {
            views.open(opened(caseId), T0, 0);
            views.update(caseId, T0.plusSeconds(1), 1, v -> v.withStepDone(LadderStep.SMS_REMINDER, "p1"));
            views.update(caseId, T0.plusSeconds(2), 2,
                    v -> v.withDelinquency(31, arrears("1500.00"), new BigDecimal("9000.00")));
            views.recordVersion(caseId, 3);
            views.recordVersion(caseId, 2);

            // the same transaction sees the inserted row, not yet the changes of the later events
            assertThat(stored(caseId)).containsEntry("dpd", "30").containsEntry("version", 0L);
        });

        assertThat(stored(caseId)).containsEntry("dpd", "31").containsEntry("version", 3L)
                .containsEntry("steps", "[\"SMS_REMINDER\"]")
                .containsEntry("updated_at", Timestamp.from(T0.plusSeconds(2)));
        assertThat(views.findVersioned(caseId)).hasValueSatisfying(v -> {
            assertThat(v.version()).isEqualTo(3);
            assertThat(v.view().updatedAt()).isEqualTo(T0.plusSeconds(2));
        });
    }

    @Test
    @DisplayName("a handler that throws for one event (the processor parks it) leaves its case as the events before "
            + "it left it: neither its change nor its version is written; the other cases of the batch are")
    void aFailedEventLeavesNothingInTheCopy() {
        String caseId = newCaseId();
        String other = newCaseId();
        inTransaction(() -> {
            views.open(opened(caseId), T0, 0);
            views.open(opened(other), T0, 0);
        });

        inTransaction(() -> {
            views.update(caseId, T0.plusSeconds(1), 1,
                    v -> v.withDelinquency(40, arrears("1600.00"), new BigDecimal("9000.00")));
            assertThatThrownBy(() -> views.update(caseId, T0.plusSeconds(2), 2, v -> {
                throw new IllegalStateException("a bug in the projection");
            })).isInstanceOf(IllegalStateException.class);
            views.update(other, T0.plusSeconds(3), 1,
                    v -> v.withDelinquency(41, arrears("1700.00"), new BigDecimal("9000.00")));
        });

        assertThat(stored(caseId)).containsEntry("dpd", "40").containsEntry("version", 1L);
        assertThat(stored(other)).containsEntry("dpd", "41").containsEntry("version", 1L);
    }

    @Test
    @DisplayName("replayed events: CaseOpened leaves the existing row alone, a change is applied again, the version "
            + "is never lowered")
    void aReplayNeverLowersTheVersion() {
        String caseId = newCaseId();
        inTransaction(() -> {
            views.open(opened(caseId), T0, 0);
            views.update(caseId, T0.plusSeconds(5), 5,
                    v -> v.withDelinquency(60, arrears("2000.00"), new BigDecimal("9000.00")));
        });

        inTransaction(() -> {
            views.open(opened(caseId).withDelinquency(1, arrears("1.00"), BigDecimal.ONE), T0, 0);
            views.update(caseId, T0.plusSeconds(3), 3, v -> v.withStepDone(LadderStep.SMS_REMINDER, "p1"));
        });

        assertThat(stored(caseId)).containsEntry("dpd", "60").containsEntry("version", 5L)
                .containsEntry("steps", "[\"SMS_REMINDER\"]");
    }

    @Test
    @DisplayName("a write-back the table refuses fails the commit (no single event to park); the retried batch "
            + "writes that case through, event by event, so the refused event fails in its handler; once the case "
            + "is written through and committed, its changes are batched again")
    void aRefusedWriteBackFallsBackToWritingThrough() {
        String caseId = newCaseId();
        inTransaction(() -> views.open(opened(caseId), T0, 0));
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION refuse_case_view_update() RETURNS trigger AS $$
                BEGIN
                  IF NEW.document->>'daysPastDue' = '99' THEN RAISE EXCEPTION 'case_view refuses dpd 99'; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER refuse_case_view_update BEFORE UPDATE ON case_view "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_case_view_update()");

        // the batch: the refused row only shows at the commit, which fails
        assertThatThrownBy(() -> inTransaction(() -> views.update(caseId, T0.plusSeconds(1), 1, dpd(99))))
                .hasMessageContaining("case_view refuses dpd 99");
        // the retry: written through, so the refused event fails in its own handler
        assertThatThrownBy(() -> inTransaction(() -> views.update(caseId, T0.plusSeconds(1), 1, dpd(99))))
                .hasMessageContaining("case_view refuses dpd 99");
        assertThat(stored(caseId)).containsEntry("dpd", "30").containsEntry("version", 0L);

        removeTheFault();
        inTransaction(() -> {
            views.update(caseId, T0.plusSeconds(1), 1, dpd(99));
            assertThat(stored(caseId)).containsEntry("dpd", "99");
        });
        inTransaction(() -> {
            views.update(caseId, T0.plusSeconds(2), 2, dpd(100));
            assertThat(stored(caseId)).containsEntry("dpd", "99");
        });
        assertThat(stored(caseId)).containsEntry("dpd", "100").containsEntry("version", 2L);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private Map<String, Object> stored(String caseId) {
        return jdbc.queryForMap("SELECT document->>'daysPastDue' AS dpd, version,"
                + " (document->'ladderStepsDone')::text AS steps, updated_at FROM case_view WHERE case_id = ?", caseId);
    }

    private static UnaryOperator<CaseView> dpd(int daysPastDue) {
        return v -> v.withDelinquency(daysPastDue, v.arrears(), v.principalOutstanding());
    }

    private static String newCaseId() {
        return "C-batch-" + UUID.randomUUID();
    }

    private static Arrears arrears(String principal) {
        return new Arrears(new BigDecimal(principal), new BigDecimal("10.00"), BigDecimal.ZERO);
    }

    private static CaseView opened(String caseId) {
        return new CaseView(caseId, "L-batch-" + caseId, "CU-1", "BR-1", "OPEN", null, 30, arrears("1000.00"),
                "CNY", new BigDecimal("9000.00"), List.of(), List.of(), null, "NONE", null, null, "p1",
                LocalDate.of(2026, 2, 9), null, T0);
    }
}

package io.dunning.notice.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R3.1 with the number reserved apart from the letter (docs/adr/0016): a letter whose transaction rolls back after
 * its number was reserved is issued under that same number when its event is applied again, so the numbers of the
 * branch stay 1..n without a gap, and an event applied twice makes one letter.
 */
class NumberReservationIT extends NoticeServiceIntegrationTest {

    @Autowired
    NoticeIntake intake;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    @DisplayName("R3.1 a letter rolled back after its number was reserved is issued under that number on retry")
    void rolledBackLetterKeepsItsNumber() {
        String branch = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        NoticeRequested first = notice(branch, "P-1");
        NoticeRequested second = notice(branch, "P-2");

        Optional<String> rolledBack = transaction.execute(status -> {
            Optional<String> number = intake.issue(first);
            status.setRollbackOnly();
            return number;
        });
        List<String> reservedAfterRollback = jdbc.queryForList("SELECT letter_number FROM notice_dispatch"
                + " WHERE case_id = ?", String.class, first.caseId().value());
        Optional<String> retried = transaction.execute(status -> intake.issue(first));
        Optional<String> again = transaction.execute(status -> intake.issue(first));
        Optional<String> next = transaction.execute(status -> intake.issue(second));

        assertThat(rolledBack).isPresent();
        assertThat(reservedAfterRollback).as("the reservation committed on its own").containsExactly(rolledBack.get());
        assertThat(retried).isEqualTo(rolledBack);
        assertThat(again).as("the letter was issued: applying the event again is a duplicate").isEmpty();
        assertThat(next).hasValueSatisfying(number -> assertThat(number).startsWith(branch).endsWith("-000002"));
        List<String> archived = jdbc.queryForList("SELECT letter_number FROM letter_archive WHERE branch_id = ?"
                + " ORDER BY letter_number", String.class, branch);
        assertThat(archived).containsExactly(rolledBack.get(), next.get());
        assertThat(rolledBack.get()).endsWith("-000001");
    }

    @Test
    @DisplayName("R3.1 a number reserved over a minute ago without its letter is counted until the letter is issued")
    void anUnissuedReservationIsCountedForOps() {
        NoticeRequested notice = notice("BR-" + UUID.randomUUID().toString().substring(0, 8), "P-3");
        double before = unissuedGauge();
        transaction.executeWithoutResult(status -> {
            intake.issue(notice);
            status.setRollbackOnly();
        });
        jdbc.update("UPDATE notice_dispatch SET claimed_at = now() - interval '2 minutes' WHERE case_id = ?",
                notice.caseId().value());

        await().atMost(Duration.ofSeconds(30)).until(this::unissuedGauge, count -> count == before + 1);
        transaction.execute(status -> intake.issue(notice));
        await().atMost(Duration.ofSeconds(30)).until(this::unissuedGauge, count -> count == before);
    }

    private double unissuedGauge() {
        return meters.get("dunning.letter.numbers.unissued").gauge().value();
    }

    private static NoticeRequested notice(String branch, String party) {
        return new NoticeRequested(new CaseId(UUID.randomUUID().toString()), new LoanId("LN-" + UUID.randomUUID()),
                LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, new PartyId(party),
                ObligorRole.BORROWER, new BranchId(branch), 31,
                new Arrears(new BigDecimal("1000.00"), new BigDecimal("80.00"), new BigDecimal("5.00")), "2026.1");
    }
}

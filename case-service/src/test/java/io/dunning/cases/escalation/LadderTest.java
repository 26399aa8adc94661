package io.dunning.cases.escalation;

import static io.dunning.events.cases.LadderStep.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boundary tests of the ladder as a pure function of the policy (R1.1-R1.10). */
class LadderTest {

    private static final Obligor BORROWER = new Obligor(new PartyId("b"), ObligorRole.BORROWER, "Asia/Shanghai");
    private static final Obligor GUARANTOR = new Obligor(new PartyId("g"), ObligorRole.GUARANTOR, "Asia/Shanghai");
    private static final Arrears INTEREST_OVERDUE = new Arrears(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE);
    private static final Arrears PRINCIPAL_ONLY = new Arrears(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO);

    private static List<LadderStep> due(CollectionPolicy policy, int dpd, boolean principalMatured, Arrears arrears,
                                        Set<LadderStep> done, Obligor... obligors) {
        var standing = new Delinquency(dpd, arrears, BigDecimal.valueOf(50_000), principalMatured, LocalDate.of(2026, 1, 1));
        return Ladder.dueNow(policy, standing, List.of(obligors), done).stream().map(LadderRule::step).toList();
    }

    private static List<LadderStep> due(int dpd, boolean principalMatured, Obligor... obligors) {
        return due(HandbookPolicy.handbook(), dpd, principalMatured, INTEREST_OVERDUE, Set.of(), obligors);
    }

    private static List<LadderStep> steps(String names) {
        return names.isBlank() ? List.of()
                : Arrays.stream(names.trim().split("\\s+")).map(LadderStep::valueOf).toList();
    }

    @ParameterizedTest(name = "DPD {0}: {1}")
    @DisplayName("R1.1-R1.8 a borrower alone, principal matured: each rung from its threshold, none a day early")
    @CsvSource({
            "0, ''",
            "1, SMS_REMINDER PHONE_REMINDER",
            "29, SMS_REMINDER PHONE_REMINDER",
            "30, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE",
            "31, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE",
            "59, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE",
            "60, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER",
            "61, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER",
            "89, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER",
            "90, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER LITIGATION",
            "91, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER LITIGATION"
    })
    void borrowerAloneBoundaries(int dpd, String expected) {
        assertThat(due(dpd, true, BORROWER)).containsExactlyElementsOf(steps(expected));
    }

    @ParameterizedTest(name = "DPD {0}: {1}")
    @DisplayName("R1.4 R1.6 with guarantors the guarantor letters join the 30- and 60-day rungs")
    @CsvSource({
            "29, SMS_REMINDER PHONE_REMINDER",
            "30, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE GUARANTOR_LIABILITY_NOTICE",
            "59, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE GUARANTOR_LIABILITY_NOTICE",
            "60, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE GUARANTOR_LIABILITY_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER GUARANTEE_PERFORMANCE_NOTICE",
            "90, SMS_REMINDER PHONE_REMINDER OVERDUE_NOTICE GUARANTOR_LIABILITY_NOTICE URGENT_NOTICE LITIGATION_PREPARATION LAWYERS_LETTER GUARANTEE_PERFORMANCE_NOTICE LITIGATION"
    })
    void withGuarantorsBoundaries(int dpd, String expected) {
        assertThat(due(dpd, true, BORROWER, GUARANTOR)).containsExactlyElementsOf(steps(expected));
    }

    @Test
    @DisplayName("R1.7 acceleration only from 60 days, only while the principal is not matured and interest is overdue")
    void accelerationOnlyForInterestOverdueBeforeMaturity() {
        assertThat(due(59, false, BORROWER)).doesNotContain(LOAN_ACCELERATION);
        assertThat(due(60, false, BORROWER)).endsWith(LAWYERS_LETTER, LOAN_ACCELERATION);
        assertThat(due(61, true, BORROWER)).doesNotContain(LOAN_ACCELERATION);
        assertThat(due(HandbookPolicy.handbook(), 61, false, PRINCIPAL_ONLY, Set.of(), BORROWER))
                .doesNotContain(LOAN_ACCELERATION);
    }

    @Test
    @DisplayName("R1.10 a rung that has happened is never due again")
    void doneRungsAreNeverDueAgain() {
        Set<LadderStep> done = EnumSet.of(SMS_REMINDER, PHONE_REMINDER, OVERDUE_NOTICE);
        assertThat(due(HandbookPolicy.handbook(), 95, true, INTEREST_OVERDUE, done, BORROWER))
                .containsExactly(URGENT_NOTICE, LITIGATION_PREPARATION, LAWYERS_LETTER, LITIGATION);
    }

    @Test
    @DisplayName("R1.9 a different policy (15/45/75) moves every rung: the thresholds are policy, not code")
    void anotherPolicyMovesTheRungs() {
        CollectionPolicy faster = HandbookPolicy.withThresholds("2026.9-fast", 1, 15, 45, 75);
        assertThat(due(faster, 14, true, INTEREST_OVERDUE, Set.of(), BORROWER))
                .containsExactly(SMS_REMINDER, PHONE_REMINDER);
        assertThat(due(faster, 15, true, INTEREST_OVERDUE, Set.of(), BORROWER)).contains(OVERDUE_NOTICE);
        assertThat(due(faster, 45, true, INTEREST_OVERDUE, Set.of(), BORROWER))
                .contains(URGENT_NOTICE, LITIGATION_PREPARATION, LAWYERS_LETTER).doesNotContain(LITIGATION);
        assertThat(due(faster, 75, true, INTEREST_OVERDUE, Set.of(), BORROWER)).endsWith(LITIGATION);
        assertThat(due(45, true, BORROWER)).doesNotContain(URGENT_NOTICE);
        assertThat(Ladder.litigationThresholdPassed(faster, 75)).isTrue();
        assertThat(Ladder.litigationThresholdPassed(HandbookPolicy.handbook(), 75)).isFalse();
    }

    @Test
    @DisplayName("R1.3-R1.6 recipients: borrowers, guarantors or every obligor, as each rung of the policy says")
    void recipientsFollowThePolicy() {
        List<Obligor> obligors = List.of(BORROWER, GUARANTOR);
        assertThat(Ladder.recipients(Recipients.BORROWERS, obligors)).containsExactly(BORROWER);
        assertThat(Ladder.recipients(Recipients.GUARANTORS, obligors)).containsExactly(GUARANTOR);
        assertThat(Ladder.recipients(Recipients.ALL_OBLIGORS, obligors)).containsExactly(BORROWER, GUARANTOR);
        assertThat(Ladder.recipients(Recipients.NONE, obligors)).isEmpty();
        assertThat(HandbookPolicy.handbook().ladder().stream().map(LadderRule::step).collect(Collectors.toList()))
                .containsExactly(LadderStep.values());
    }
}

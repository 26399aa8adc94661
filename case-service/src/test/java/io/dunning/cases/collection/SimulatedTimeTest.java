package io.dunning.cases.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.HandbookPolicy;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.ExemptionApproved;
import io.dunning.events.cases.ExemptionRevoked;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.PromiseKept;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The escalation ladder, promise deadlines and exemption plans over 200 simulated days of 300 loans, in seconds:
 * the real aggregate, Axon's stub deadline manager driven by a simulated clock, one seed for every choice. A run
 * takes about 10 s here; the reproducibility test makes three and runs with {@code -Presilience}.
 */
class SimulatedTimeTest {

    private static final int LOANS = 300;
    private static final int DAYS = 200;
    private static final long SEED = 20_261_124L;

    @Test
    @DisplayName("R1.9 R1.10 R1.11 R2.3 R5.1: 300 loans x 200 simulated days (late entries, reports, partial "
            + "payments, cures and reopened cases, promises, exemption plans paid or missed): every invariant holds "
            + "after every event and every day, and the run exercised each path")
    void twoHundredDaysOfAPortfolioKeepEveryRule() {
        LadderInvariants run = run(SEED);

        assertThat(run.violations()).isEmpty();
        assertThat(run.cases()).isGreaterThan(LOANS);
        assertThat(run.count(CaseOpened.class)).isGreaterThan(LOANS);
        assertThat(run.count(CaseClosed.class)).isPositive();
        assertThat(run.count(NoticeRequested.class)).isGreaterThan(LOANS);
        assertThat(run.count(PromiseKept.class)).isPositive();
        assertThat(run.count(PromiseBroken.class)).isPositive();
        assertThat(run.count(ExemptionApproved.class)).isPositive();
        assertThat(run.count(ExemptionRevoked.class)).as("exemption plans broken by a missed instalment")
                .isPositive();
        assertThat(run.count(LitigationRequired.class)).isPositive();
    }

    @Test
    @Tag("resilience")
    @DisplayName("300 loans x 200 simulated days, run three times: the same seed gives the identical event "
            + "sequence (time, type, payload), another seed a different one")
    void aSeededRunIsReproducible() {
        LadderInvariants first = run(SEED);
        LadderInvariants again = run(SEED);
        LadderInvariants other = run(SEED + 1);

        assertThat(again.sequence()).hasSize(first.sequence().size()).isEqualTo(first.sequence());
        assertThat(other.sequence()).isNotEqualTo(first.sequence());
    }

    private static LadderInvariants run(long seed) {
        CollectionPolicy policy = HandbookPolicy.handbook();
        LadderInvariants invariants = new LadderInvariants(policy);
        SimulatedPortfolio portfolio = new SimulatedPortfolio(seed, LOANS, policy, invariants);
        portfolio.run(DAYS, () -> assertThat(invariants.violations()).as("after " + portfolio.today()).isEmpty());
        return invariants;
    }
}

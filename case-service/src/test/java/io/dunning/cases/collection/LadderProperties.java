package io.dunning.cases.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.HandbookPolicy;
import io.dunning.cases.escalation.LadderRule;
import io.dunning.events.cases.AccelerationDeclared;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LitigationDeferred;
import io.dunning.events.cases.LitigationPrepared;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hamcrest.Matcher;

/**
 * Random delinquency paths through the real aggregate (R1.9, R1.10, R1.11): late entry at any DPD, DPD jumps up
 * and down, repeated and stale reports, partial, full and repeated payments, with and without guarantors.
 */
class LadderProperties {

    private static final CollectionPolicy POLICY = HandbookPolicy.handbook();
    private static final InMemoryCases CASES = new InMemoryCases(POLICY);
    private static final AtomicInteger NEXT_CASE = new AtomicInteger();
    private static final Arrears ARREARS = Cases.ARREARS;
    private static final Matcher<Throwable> CLOSED = Cases.violation(CaseRuleViolation.Code.CASE_CLOSED);
    private static final Arrears LOWER = new Arrears(new BigDecimal("100.00"), new BigDecimal("100.00"),
            new BigDecimal("20.00"));

    sealed interface Move permits Report, RepeatReport, StaleReport, PartialPayment, RepeatPayment, FullPayment {
    }

    record Report(int dpdChange, int daysLater) implements Move {
    }

    record RepeatReport() implements Move {
    }

    record StaleReport(int dpd, int daysEarlier) implements Move {
    }

    record PartialPayment(int amount) implements Move {
    }

    record RepeatPayment(int which) implements Move {
    }

    record FullPayment() implements Move {
    }

    @Provide
    Arbitrary<List<Move>> paths() {
        Arbitrary<Move> move = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(-10, 45)
                        .flatMap(change -> Arbitraries.integers().between(1, 40).map(d -> new Report(change, d)))),
                Tuple.of(2, Arbitraries.just(new RepeatReport())),
                Tuple.of(1, Arbitraries.integers().between(1, 200)
                        .flatMap(dpd -> Arbitraries.integers().between(1, 30).map(d -> new StaleReport(dpd, d)))),
                Tuple.of(2, Arbitraries.integers().between(1, 500).map(PartialPayment::new)),
                Tuple.of(2, Arbitraries.integers().between(0, 5).map(RepeatPayment::new)),
                Tuple.of(1, Arbitraries.just(new FullPayment())));
        return move.list().ofMaxSize(25);
    }

    @Property(tries = 200)
    @Label("R1.9 R1.10 R1.11 every passed step once, in ladder order, each letter once per recipient, nothing after the cure")
    void ladderIsCompleteOrderedUniqueAndStopsAtCure(@ForAll @IntRange(min = 1, max = 150) int openingDpd,
                                                      @ForAll boolean principalMatured,
                                                      @ForAll @IntRange(min = 0, max = 2) int guarantors,
                                                      @ForAll("paths") @Size(max = 25) List<Move> moves) {
        CaseId caseId = new CaseId("prop-" + NEXT_CASE.incrementAndGet());
        List<Obligor> obligors = new ArrayList<>(List.of(obligor("b", ObligorRole.BORROWER)));
        for (int g = 0; g < guarantors; g++) {
            obligors.add(obligor("g" + g, ObligorRole.GUARANTOR));
        }
        Path path = new Path(caseId, openingDpd, principalMatured);
        CASES.send(Cases.openCase(caseId, openingDpd, principalMatured, obligors.toArray(Obligor[]::new)));
        moves.forEach(path::walk);

        List<Object> events = CASES.events(caseId);
        assertNoStepRecipientTwice(events);
        assertStepsInLadderOrder(events);
        assertNothingAfterCure(events);
        assertEveryPassedStepHappened(events, path.maxDpdBeforeCure, principalMatured, guarantors > 0);
    }

    /** Drives one case and remembers what the ladder must have done. */
    private static final class Path {
        private final CaseId caseId;
        private final boolean principalMatured;
        private final List<Object> payments = new ArrayList<>();
        private Object lastReport;
        private int dpd;
        private int day;
        private int maxDpdBeforeCure;
        private boolean cured;

        Path(CaseId caseId, int openingDpd, boolean principalMatured) {
            this.caseId = caseId;
            this.principalMatured = principalMatured;
            this.dpd = openingDpd;
            this.day = openingDpd;
            this.maxDpdBeforeCure = openingDpd;
        }

        void walk(Move move) {
            if (move instanceof Report r) {
                day += r.daysLater();
                dpd = Math.max(1, dpd + r.dpdChange());
                lastReport = report(dpd, day);
                sendReport(lastReport);
                if (!cured) {
                    maxDpdBeforeCure = Math.max(maxDpdBeforeCure, dpd);
                }
            } else if (move instanceof RepeatReport) {
                sendReport(lastReport != null ? lastReport : report(dpd, day));
            } else if (move instanceof StaleReport r) {
                sendReport(report(r.dpd(), day - r.daysEarlier()));
            } else if (move instanceof PartialPayment p) {
                pay(payment(p.amount() + ".00", LOWER), false);
            } else if (move instanceof FullPayment) {
                pay(payment("1120.00", Arrears.NONE), true);
            } else if (move instanceof RepeatPayment p && !payments.isEmpty()) {
                CASES.send(payments.get(p.which() % payments.size()));
            }
        }

        private ReportDelinquency report(int daysPastDue, int onDay) {
            return new ReportDelinquency(caseId, daysPastDue, ARREARS, Cases.OUTSTANDING, principalMatured,
                    Cases.day(onDay), "cb-" + caseId + "-" + onDay);
        }

        private RecordPayment payment(String amount, Arrears after) {
            String paymentId = caseId + "-pay-" + payments.size();
            return new RecordPayment(caseId, paymentId, new BigDecimal(amount), "CNY", Cases.day(day), after,
                    "cb-" + paymentId);
        }

        private void sendReport(Object report) {
            if (cured) {
                assertThatThrownBy(() -> CASES.send(report)).matches(CLOSED::matches);
            } else {
                CASES.send(report);
            }
        }

        private void pay(RecordPayment payment, boolean clears) {
            if (cured) {
                assertThatThrownBy(() -> CASES.send(payment)).matches(CLOSED::matches);
                return;
            }
            CASES.send(payment);
            payments.add(payment);
            cured = clears;
        }
    }

    private static Obligor obligor(String id, ObligorRole role) {
        return new Obligor(new PartyId(id), role, "Asia/Shanghai");
    }

    private record StepOccurrence(LadderStep step, PartyId recipient) {
    }

    private static List<StepOccurrence> occurrences(List<Object> events) {
        List<StepOccurrence> steps = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof ReminderRequested e) {
                steps.add(new StepOccurrence(e.step(), e.recipient()));
            } else if (event instanceof NoticeRequested e) {
                steps.add(new StepOccurrence(e.step(), e.recipient()));
            } else if (event instanceof LitigationPrepared) {
                steps.add(new StepOccurrence(LadderStep.LITIGATION_PREPARATION, null));
            } else if (event instanceof AccelerationDeclared) {
                steps.add(new StepOccurrence(LadderStep.LOAN_ACCELERATION, null));
            } else if (event instanceof LitigationRequired || event instanceof LitigationDeferred) {
                steps.add(new StepOccurrence(LadderStep.LITIGATION, null));
            }
        }
        return steps;
    }

    private static void assertNoStepRecipientTwice(List<Object> events) {
        List<StepOccurrence> steps = occurrences(events);
        assertThat(new HashSet<>(steps)).as("no (step, recipient) twice").hasSameSizeAs(steps);
    }

    private static void assertStepsInLadderOrder(List<Object> events) {
        List<LadderStep> steps = occurrences(events).stream().map(StepOccurrence::step).toList();
        assertThat(steps).as("steps in ladder order").isSortedAccordingTo(Enum::compareTo);
    }

    private static void assertNothingAfterCure(List<Object> events) {
        int cure = indexOf(events, CaseCured.class);
        if (cure >= 0) {
            assertThat(events.subList(cure, events.size())).as("only the closing follows the cure")
                    .hasSize(2).last().isInstanceOf(CaseClosed.class);
        }
    }

    private static void assertEveryPassedStepHappened(List<Object> events, int maxDpd, boolean principalMatured,
                                                      boolean hasGuarantors) {
        Set<LadderStep> happened = EnumSet.noneOf(LadderStep.class);
        occurrences(events).forEach(o -> happened.add(o.step()));
        for (LadderRule rule : POLICY.ladder()) {
            boolean applies = switch (rule.condition()) {
                case ALWAYS -> true;
                case HAS_GUARANTORS -> hasGuarantors;
                case PRINCIPAL_NOT_MATURED -> !principalMatured;
            };
            if (applies && maxDpd >= rule.minDaysPastDue()) {
                assertThat(happened).as("passed step %s at max DPD %d", rule.step(), maxDpd).contains(rule.step());
            }
        }
    }

    private static int indexOf(List<Object> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static io.dunning.cases.collection.CaseRuleViolation.requireDate;
import static io.dunning.cases.collection.CaseRuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.conduct.ContactHistory;
import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.escalation.CaseFile;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.Delinquency;
import io.dunning.cases.escalation.Escalation;
import io.dunning.cases.exemption.ExemptionInstalmentDue;
import io.dunning.cases.promise.PromiseDue;
import io.dunning.events.cases.*;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.notice.SmsFailed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One overdue episode of one loan (RULEBOOK sections 1, 2, 5, 7, 8). Decides by the named policies of
 * {@code escalation}, {@code promise} and {@code exemption} against the {@link CollectionPolicy} in force;
 * time enters only through command and deadline payloads. The collector's notes (R1.2, R5.3, sections 7 and 8)
 * are handled by its member {@link CollectorsFile}, promises and plans (R5.1, R5.2) by {@link PromiseDesk}, the
 * notices sent, delivered and returned (R3.1, R3.2) by {@link NoticeLog}, exemptions from litigation (section 2)
 * by {@link ExemptionDesk}; every guard throws a {@link CaseRuleViolation}.
 */
@Aggregate(cache = "collectionCaseCache")
class CollectionCase {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseFile file;
    private Delinquency standing;
    private final Set<LadderStep> stepsDone = EnumSet.noneOf(LadderStep.class);
    private final Set<String> paymentIds = new HashSet<>();
    @AggregateMember
    private final ExemptionDesk exemptions = new ExemptionDesk();
    @AggregateMember
    private final CollectorsFile collectorsFile = new CollectorsFile();
    @AggregateMember
    private final PromiseDesk promiseDesk = new PromiseDesk();
    @AggregateMember
    private final NoticeLog noticeLog = new NoticeLog();
    @AggregateMember
    private final ConductDesk conduct = new ConductDesk();
    @AggregateMember
    private final ContactLog contacts = new ContactLog(promiseDesk);
    @AggregateMember
    private final PrivacyLog privacyLog = new PrivacyLog();
    @AggregateMember
    private final ReminderDesk reminders = new ReminderDesk();
    private boolean litigationFiled;
    private boolean closed;
    private int dispatchesRequested;

    CollectionCase() {
        // for Axon
    }

    @CommandHandler
    CollectionCase(OpenCase c, CollectionPolicy policy, ContactProfile profile, Clock clock,
                   DeadlineManager deadlines) {
        require(c.daysPastDue() >= 1, Code.NOT_DELINQUENT, "a case opens at 1 day past due, not " + c.daysPastDue());
        require(c.obligors().stream().anyMatch(o -> o.role() == ObligorRole.BORROWER), Code.NO_BORROWER,
                "the loan names no borrower");
        apply(new CaseOpened(c.caseId(), c.loanId(), c.customerId(), c.branchId(), c.product(), c.currency(),
                c.principalOutstanding(), c.arrears(), c.daysPastDue(), c.oldestUnpaidDueDate(),
                c.principalMatured(), c.obligors(), c.asOf(), c.sourceEventId(), policy.version()));
        // a new aggregate takes its events after this constructor: decide on the command's facts (R1.1, R1.9)
        var decisions = Escalation.decide(policy, new CaseFile(c.caseId(), c.loanId(), c.branchId(), c.obligors()),
                new Delinquency(c.daysPastDue(), c.arrears(), c.principalOutstanding(), c.principalMatured(), c.asOf()),
                Set.of(), Optional.empty());
        ReminderDesk.record(ReminderDesk.gate(decisions, profile, ContactHistory.NONE, c.obligors(),
                policy.bankZone(), clock.instant()), deadlines);
    }

    /** Core banking's report: stale or repeated reports change nothing (R1.9, R1.10). */
    @CommandHandler
    void handle(ReportDelinquency c, CollectionPolicy policy, ContactProfile profile, Clock clock,
                DeadlineManager deadlines) {
        requireOpen();
        Delinquency reported = new Delinquency(c.daysPastDue(), c.arrears(), c.principalOutstanding(),
                c.principalMatured(), c.asOf());
        if (!reported.supersedes(standing)) {
            return;
        }
        apply(new DelinquencyUpdated(caseId, file.loanId(), standing.daysPastDue(), c.daysPastDue(), c.arrears(),
                c.principalOutstanding(), c.principalMatured(), c.asOf(), c.sourceEventId()));
        if (!litigationFiled) {
            ReminderDesk.record(ReminderDesk.gate(Escalation.decide(policy, file, standing, stepsDone,
                    exemptions.holding()), profile, conduct.history(), file.obligors(), policy.bankZone(),
                    clock.instant()), deadlines);
        }
    }

    /** A deferred reminder's next allowed time came (R1.1, section 6): requested now, or deferred again. */
    @DeadlineHandler(deadlineName = ReminderDue.DEADLINE)
    void on(ReminderDue due, CollectionPolicy policy, ContactProfile profile, Clock clock, DeadlineManager deadlines) {
        if (!closed) {
            var now = clock.instant().isAfter(due.at()) ? clock.instant() : due.at();
            ReminderDesk.record(reminders.due(due, profile, conduct.history(), file.obligors(), policy.bankZone(), now),
                    deadlines);
        }
    }

    /**
     * A reminder SMS was not sent. When its contact window closed first (ADR 0009, R6.1) the reminder is checked
     * again now: deferred to the next allowed time, or requested anew; a redelivered failure changes nothing.
     */
    @CommandHandler
    void handle(RecordNoticeFailed c, CollectionPolicy policy, ContactProfile profile, Clock clock,
                DeadlineManager deadlines) {
        if (noticeLog.fail(c) && SmsFailed.OUTSIDE_CONTACT_WINDOW.equals(c.reason())) {
            ReminderDesk.record(reminders.windowMissed(c.step(), c.recipient(), profile, conduct.history(),
                    file.obligors(), policy.bankZone(), clock.instant()), deadlines);
        }
    }

    /** A payment lowers the arrears; clearing them cures and closes the case (R1.11). Idempotent per payment. */
    @CommandHandler
    void handle(RecordPayment c, DeadlineManager deadlines) {
        if (paymentIds.contains(c.paymentId())) {
            return;
        }
        requireOpen();
        require(c.amount() != null && c.amount().signum() > 0, Code.PAYMENT_AMOUNT_NOT_POSITIVE,
                "a payment must be positive");
        apply(new PaymentReceived(caseId, file.loanId(), c.paymentId(), c.amount(), c.currency(), c.valueDate(),
                c.arrearsAfter(), c.sourceEventId()));
        if (c.arrearsAfter().cleared()) {
            promiseDesk.keepAllOpen().forEach(event -> apply(event));
            apply(new CaseCured(caseId, file.loanId(), c.valueDate(), c.paymentId()));
            apply(new CaseClosed(caseId, file.loanId(), CloseReason.CURED, c.valueDate(), c.sourceEventId()));
            cancelTimers(deadlines);
        }
    }

    @CommandHandler
    void handle(CloseCase c, DeadlineManager deadlines) {
        requireOpen();
        apply(new CaseClosed(caseId, file.loanId(), c.reason(), c.asOf(), c.sourceEventId()));
        cancelTimers(deadlines);
    }

    private static void cancelTimers(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(PromiseDue.DEADLINE);
        deadlines.cancelAllWithinScope(ExemptionInstalmentDue.DEADLINE);
        deadlines.cancelAllWithinScope(ReminderDue.DEADLINE);
    }

    /** An exemption instalment's date has passed: kept, or revoked (R2.3); decided by {@link ExemptionDesk}. */
    @DeadlineHandler(deadlineName = ExemptionInstalmentDue.DEADLINE)
    void on(ExemptionInstalmentDue due, CollectionPolicy policy) {
        exemptions.instalmentDue(due, policy);
    }

    @CommandHandler
    void handle(FileLitigation c) {
        requireOpen();
        requireNotInLegalTrack();
        requireText(c.court(), "the court");
        requireText(c.courtCaseReference(), "the court case reference");
        requireDate(c.filedOn(), "the filing date");
        require(stepsDone.contains(LadderStep.LITIGATION_PREPARATION), Code.LITIGATION_NOT_PREPARED,
                "the litigation file is not prepared");
        require(exemptions.holding().isEmpty(), Code.EXEMPTION_HOLDS, "an approved exemption defers litigation");
        apply(new LitigationFiled(caseId, file.loanId(), c.court(), c.courtCaseReference(), c.filedOn(), c.filedBy()));
        apply(new CollectionMaterialsHandedOver(caseId, file.loanId(), List.copyOf(stepsDone), dispatchesRequested,
                promiseDesk.promisesMade()));
    }

    /** The promise's date has passed: kept, or broken with follow-up (R5.1, R5.2); decided by {@link PromiseDesk}. */
    @DeadlineHandler(deadlineName = PromiseDue.DEADLINE)
    void on(PromiseDue due, CollectionPolicy policy) {
        if (!closed) {
            promiseDesk.judge(due.promiseId(), policy).forEach(event -> apply(event));
        }
    }

    // event sourcing: assign state only

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        file = new CaseFile(e.caseId(), e.loanId(), e.branchId(), e.obligors());
        standing = new Delinquency(e.daysPastDue(), e.arrears(), e.principalOutstanding(), e.principalMatured(),
                e.openedOn());
    }

    @EventSourcingHandler
    void on(DelinquencyUpdated e) {
        standing = new Delinquency(e.daysPastDue(), e.arrears(), e.principalOutstanding(), e.principalMatured(),
                e.asOf());
    }

    @EventSourcingHandler
    void on(ReminderRequested e) {
        stepsDone.add(e.step());
        dispatchesRequested++;
    }

    @EventSourcingHandler
    void on(ReminderDeferred e) {
        stepsDone.add(e.step());
    }

    @EventSourcingHandler
    void on(NoticeRequested e) {
        stepsDone.add(e.step());
        dispatchesRequested++;
    }

    @EventSourcingHandler
    void on(LitigationPrepared e) {
        stepsDone.add(LadderStep.LITIGATION_PREPARATION);
    }

    @EventSourcingHandler
    void on(AccelerationDeclared e) {
        stepsDone.add(LadderStep.LOAN_ACCELERATION);
    }

    @EventSourcingHandler
    void on(LitigationRequired e) {
        stepsDone.add(LadderStep.LITIGATION);
    }

    @EventSourcingHandler
    void on(LitigationDeferred e) {
        stepsDone.add(LadderStep.LITIGATION);
    }

    @EventSourcingHandler
    void on(LitigationFiled e) {
        litigationFiled = true;
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        paymentIds.add(e.paymentId());
        standing = standing.withArrears(e.arrearsAfter());
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }

    private void requireOpen() {
        require(!closed, Code.CASE_CLOSED, "case " + caseId + " is closed");
    }

    private void requireNotInLegalTrack() {
        require(!litigationFiled, Code.LEGAL_TRACK, "litigation is filed: the case is in the legal track");
    }
}

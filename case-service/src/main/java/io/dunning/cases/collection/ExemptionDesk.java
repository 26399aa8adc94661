package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static io.dunning.cases.collection.CaseRuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.escalation.CaseFile;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.Escalation;
import io.dunning.cases.escalation.Ladder;
import io.dunning.cases.exemption.ExemptionInstalmentDue;
import io.dunning.cases.exemption.Exemptions;
import io.dunning.cases.exemption.FourEyes;
import io.dunning.cases.promise.InstalmentPlan;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.DelinquencyUpdated;
import io.dunning.events.cases.ExemptionApprovalRefused;
import io.dunning.events.cases.ExemptionApproved;
import io.dunning.events.cases.ExemptionRejected;
import io.dunning.events.cases.ExemptionRequested;
import io.dunning.events.cases.ExemptionRevoked;
import io.dunning.events.cases.LitigationDeferred;
import io.dunning.events.cases.LitigationFiled;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.LitigationTrigger;
import io.dunning.events.common.PlanInstalment;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;

/**
 * Exemption from litigation (RULEBOOK section 2): requested with a reason and a plan, approved under four eyes
 * (R2.2) with a timer the day after each instalment, and revoked when an instalment falls short (R2.3). A member of
 * {@link CollectionCase}: it sees every event of the case and keeps the exemption itself in its member
 * {@link Exemptions}; the case's deadline handler hands it each instalment's date ({@link #instalmentDue}), and the
 * case asks it which exemption {@link #holding() holds}.
 */
class ExemptionDesk {

    @AggregateMember
    private final Exemptions exemptions = new Exemptions();
    private CaseFile file;
    private int daysPastDue;
    private boolean litigationRequired;
    private boolean litigationFiled;
    private boolean closed;

    @CommandHandler
    void handle(RequestExemption c) {
        requireOpen();
        require(!litigationFiled, Code.LEGAL_TRACK, "litigation is filed: the case is in the legal track");
        requireText(c.reason(), "the reason for the exemption");
        InstalmentPlan.defect(c.plan()).ifPresent(defect -> require(false, Code.INVALID_PLAN, defect));
        require(!exemptions.open(), Code.EXEMPTION_ALREADY_OPEN, "an exemption is pending or holds already");
        apply(new ExemptionRequested(file.caseId(), file.loanId(), c.exemptionId(), c.requestedBy(), c.reason(),
                c.plan()));
    }

    @CommandHandler
    void handle(ApproveExemption c, CollectionPolicy policy, DeadlineManager deadlines) {
        requireOpen();
        var exemption = exemptions.pending(c.exemptionId()).orElseThrow(() -> new CaseRuleViolation(
                Code.EXEMPTION_NOT_PENDING, "no pending exemption " + c.exemptionId()));
        var refusal = FourEyes.refusal(exemption.requestedBy(), c.approvedBy(), c.authorisedApprover());
        if (refusal.isPresent()) {
            apply(new ExemptionApprovalRefused(file.caseId(), file.loanId(), c.exemptionId(), c.approvedBy(),
                    refusal.get()));
            return;
        }
        apply(new ExemptionApproved(file.caseId(), file.loanId(), c.exemptionId(), c.approvedBy(), policy.version()));
        for (PlanInstalment instalment : exemption.plan()) {
            deadlines.schedule(InstalmentPlan.dayAfter(instalment.dueDate(), policy.bankZone()),
                    ExemptionInstalmentDue.DEADLINE, new ExemptionInstalmentDue(c.exemptionId(), instalment.dueDate()));
        }
        if (litigationRequired && !litigationFiled) {
            apply(new LitigationDeferred(file.caseId(), file.loanId(), c.exemptionId(), daysPastDue,
                    policy.version()));
        }
    }

    @CommandHandler
    void handle(RejectExemption c) {
        requireOpen();
        requireText(c.reason(), "the reason for the rejection");
        require(exemptions.pending(c.exemptionId()).isPresent(), Code.EXEMPTION_NOT_PENDING,
                "no pending exemption " + c.exemptionId());
        apply(new ExemptionRejected(file.caseId(), file.loanId(), c.exemptionId(), c.rejectedBy(), c.reason()));
    }

    /** A missed instalment revokes the exemption; past the threshold litigation is mandatory again at once (R2.3). */
    void instalmentDue(ExemptionInstalmentDue due, CollectionPolicy policy) {
        if (closed) {
            return;
        }
        exemptions.shortfallAt(due).ifPresent(shortfall -> {
            apply(new ExemptionRevoked(file.caseId(), file.loanId(), shortfall.exemptionId(),
                    shortfall.missedDueDate(), shortfall.amountDue(), shortfall.amountPaid(), policy.version()));
            if (!litigationRequired && !litigationFiled && Ladder.litigationThresholdPassed(policy, daysPastDue)) {
                apply(Escalation.litigationRequired(file, daysPastDue, LitigationTrigger.EXEMPTION_REVOKED,
                        policy.version()));
            }
        });
    }

    /** The id of the approved exemption that holds now, deferring litigation (R2.3). */
    Optional<String> holding() {
        return exemptions.holding();
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        file = new CaseFile(e.caseId(), e.loanId(), e.branchId(), e.obligors());
        daysPastDue = e.daysPastDue();
    }

    @EventSourcingHandler
    void on(DelinquencyUpdated e) {
        daysPastDue = e.daysPastDue();
    }

    @EventSourcingHandler
    void on(LitigationRequired e) {
        litigationRequired = true;
    }

    @EventSourcingHandler
    void on(LitigationDeferred e) {
        litigationRequired = false;
    }

    @EventSourcingHandler
    void on(LitigationFiled e) {
        litigationFiled = true;
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }

    private void requireOpen() {
        require(!closed, Code.CASE_CLOSED, "case " + file.caseId() + " is closed");
    }
}

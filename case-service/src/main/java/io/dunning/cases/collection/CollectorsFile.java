package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static io.dunning.cases.collection.CaseRuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.events.cases.ArrearsReasonRecorded;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.cases.DelinquencyUpdated;
import io.dunning.events.cases.ExtensionGranted;
import io.dunning.events.cases.FollowUpPlanned;
import io.dunning.events.cases.PaymentReceived;
import io.dunning.events.cases.PenaltyWaived;
import io.dunning.events.cases.RiskInformationReviewed;
import io.dunning.events.cases.RiskMeasureRecorded;
import io.dunning.events.cases.SegmentAssigned;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The collector's notes on a case: why the arrears arose, the risk information looked up, the next step
 * planned (R1.2), hardship relief (R5.3), the customer's segment and its strategy (section 7) and the risk-control
 * measures taken (section 8). A member of {@link CollectionCase}: it sees every event of the case.
 */
class CollectorsFile {

    private CaseId caseId;
    private LoanId loanId;
    private LocalDate lastReportedOn;
    private BigDecimal penaltyArrears = BigDecimal.ZERO;
    private CustomerSegment segment;
    private boolean closed;

    @CommandHandler
    void handle(RecordArrearsReason c) {
        requireOpen();
        requireText(c.reason(), "the reason for the arrears");
        apply(new ArrearsReasonRecorded(caseId, loanId, c.reason(), c.recordedBy()));
    }

    @CommandHandler
    void handle(ReviewRiskInformation c) {
        requireOpen();
        requireText(c.summary(), "the summary of the risk information");
        apply(new RiskInformationReviewed(caseId, loanId, c.summary(), c.reviewedBy()));
    }

    @CommandHandler
    void handle(PlanFollowUp c) {
        requireOpen();
        requireText(c.action(), "the planned action");
        require(c.dueOn() != null, Code.MISSING_DETAIL, "the follow-up needs a date");
        apply(new FollowUpPlanned(caseId, loanId, c.dueOn(), c.action(), c.plannedBy()));
    }

    /** Hardship may justify more time to pay (R5.3). */
    @CommandHandler
    void handle(GrantExtension c) {
        requireOpen();
        require(c.hardshipReason() != null && !c.hardshipReason().isBlank(), Code.NO_HARDSHIP_REASON,
                "an extension needs a hardship reason");
        require(c.extendedTo() != null && c.extendedTo().isAfter(lastReportedOn), Code.EXTENSION_NOT_LATER,
                "an extension must run past " + lastReportedOn);
        apply(new ExtensionGranted(caseId, loanId, c.extendedTo(), c.hardshipReason(), c.grantedBy()));
    }

    /** Hardship may justify waiving part of the penalty interest, never more than is owed (R5.3). */
    @CommandHandler
    void handle(WaivePenalty c) {
        requireOpen();
        require(c.hardshipReason() != null && !c.hardshipReason().isBlank(), Code.NO_HARDSHIP_REASON,
                "a waiver needs a hardship reason");
        require(c.amount() != null && c.amount().signum() > 0 && c.amount().compareTo(penaltyArrears) <= 0,
                Code.WAIVER_EXCEEDS_PENALTY, "a waiver must be positive and at most the penalty owed, " + penaltyArrears);
        apply(new PenaltyWaived(caseId, loanId, c.amount(), c.hardshipReason(), c.grantedBy()));
    }

    /** The segment steers the strategy the policy names for it; the segment may change (R7.1-R7.3). */
    @CommandHandler
    void handle(AssignSegment c, CollectionPolicy policy) {
        requireOpen();
        CollectionStrategy strategy = policy.strategies().get(c.segment());
        require(strategy != null, Code.NO_STRATEGY_FOR_SEGMENT,
                "policy " + policy.version() + " names no strategy for " + c.segment());
        apply(new SegmentAssigned(caseId, loanId, c.segment(), segment, strategy, c.reason(), c.assignedBy(),
                policy.version()));
    }

    /** Risk-control measures (section 8). */
    @CommandHandler
    void handle(RecordRiskMeasure c) {
        requireOpen();
        require(c.measure() != null, Code.MISSING_DETAIL, "the measure must be named");
        apply(new RiskMeasureRecorded(caseId, loanId, c.measure(), c.note(), c.recordedBy()));
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        loanId = e.loanId();
        lastReportedOn = e.openedOn();
        penaltyArrears = e.arrears().penalty();
    }

    @EventSourcingHandler
    void on(DelinquencyUpdated e) {
        lastReportedOn = e.asOf();
        penaltyArrears = e.arrears().penalty();
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        penaltyArrears = e.arrearsAfter().penalty();
    }

    @EventSourcingHandler
    void on(PenaltyWaived e) {
        penaltyArrears = penaltyArrears.subtract(e.amount());
    }

    @EventSourcingHandler
    void on(SegmentAssigned e) {
        segment = e.segment();
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }

    private void requireOpen() {
        require(!closed, Code.CASE_CLOSED, "case " + caseId + " is closed");
    }
}

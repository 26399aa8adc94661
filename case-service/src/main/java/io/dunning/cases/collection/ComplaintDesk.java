package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.ComplaintClosed;
import io.dunning.events.cases.ComplaintHandled;
import io.dunning.events.cases.ComplaintRecorded;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Complaints about the collection of a case: recorded, handled, closed, each an event in the case's history (R6.8).
 * A complaint is recorded even after the case closed: the customer's right to complain outlives the arrears.
 */
class ComplaintDesk {

    private CaseId caseId;
    private LoanId loanId;
    /** complaint id -> still open */
    private final Map<String, Boolean> complaints = new HashMap<>();

    @CommandHandler
    void handle(RecordComplaint c) {
        require(hasText(c.complaintId()) && c.channel() != null && hasText(c.summary()) && c.receivedAt() != null,
                Code.COMPLAINT_INCOMPLETE, "a complaint records its id, channel, summary and time received");
        require(!complaints.containsKey(c.complaintId()), Code.DUPLICATE_COMPLAINT,
                "complaint " + c.complaintId() + " exists");
        apply(new ComplaintRecorded(caseId, loanId, c.complaintId(), c.channel(), c.summary(), c.receivedAt(),
                c.recordedBy()));
    }

    @CommandHandler
    void handle(HandleComplaint c) {
        requireOpen(c.complaintId());
        require(hasText(c.actionTaken()), Code.COMPLAINT_INCOMPLETE, "the action taken must not be blank");
        apply(new ComplaintHandled(caseId, loanId, c.complaintId(), c.actionTaken(),
                c.handledBy()));
    }

    @CommandHandler
    void handle(CloseComplaint c) {
        requireOpen(c.complaintId());
        require(hasText(c.outcome()), Code.COMPLAINT_INCOMPLETE, "the outcome must not be blank");
        apply(new ComplaintClosed(caseId, loanId, c.complaintId(), c.outcome(), c.closedBy()));
    }

    private void requireOpen(String complaintId) {
        require(complaints.containsKey(complaintId), Code.UNKNOWN_COMPLAINT, "no complaint " + complaintId);
        require(complaints.get(complaintId), Code.COMPLAINT_CLOSED, "complaint " + complaintId + " is closed");
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        loanId = e.loanId();
    }

    @EventSourcingHandler
    void on(ComplaintRecorded e) {
        complaints.put(e.complaintId(), true);
    }

    @EventSourcingHandler
    void on(ComplaintClosed e) {
        complaints.put(e.complaintId(), false);
    }
}

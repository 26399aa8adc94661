package io.dunning.notice.letter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.LetterDelivered;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterIssued;
import io.dunning.events.notice.LetterReturned;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One numbered letter to one recipient (R3.1-R3.2), identified by its letter number: issued, handed to the
 * courier with a waybill, then delivered or returned; or cancelled while still waiting for the courier (R1.11).
 * Repeated courier facts (a callback delivered twice) are absorbed; contradicting ones are refused.
 */
@Aggregate
class Letter {

    @AggregateIdentifier
    private String letterNumber;
    private CaseId caseId;
    private LoanId loanId;
    private LadderStep step;
    private LetterType letterType;
    private PartyId recipient;
    private ObligorRole recipientRole;
    private LetterState state;
    private String waybill;
    private String settlementRef;

    Letter() {
        // for Axon
    }

    @CommandHandler
    Letter(IssueLetter command) {
        require(command.letterNumber() != null && !command.letterNumber().isBlank(), "letterNumber");
        require(command.caseId() != null && command.loanId() != null, "caseId/loanId");
        require(command.step() != null && command.letterType() != null, "step/letterType");
        require(command.recipient() != null && command.recipientRole() != null, "recipient");
        require(command.branchId() != null && command.issuedOn() != null, "branchId/issuedOn");
        apply(new LetterIssued(command.letterNumber(), command.caseId(), command.loanId(), command.step(),
                command.letterType(), command.recipient(), command.recipientRole(), command.branchId(),
                command.issuedOn()));
    }

    @CommandHandler
    void handle(RecordWaybill command) {
        require(command.waybill() != null && !command.waybill().isBlank(), "waybill");
        require(command.dispatchedAt() != null, "dispatchedAt");
        if (state == LetterState.CANCELLED) {
            throw new LetterRuleViolation(LetterRuleViolation.Code.DISPATCH_CANCELLED,
                    "letter " + letterNumber + " was cancelled and must not be handed to the courier");
        }
        if (state.handedOver()) {
            if (command.waybill().equals(waybill)) {
                return;
            }
            throw new LetterRuleViolation(LetterRuleViolation.Code.ALREADY_DISPATCHED,
                    "letter " + letterNumber + " already travels under another waybill");
        }
        apply(new LetterDispatched(letterNumber, caseId, loanId, step, letterType, recipient, recipientRole,
                command.waybill(), command.dispatchedAt()));
    }

    @CommandHandler
    void handle(RecordDelivery command) {
        require(command.proofRef() != null && !command.proofRef().isBlank(), "proofRef");
        require(command.deliveredAt() != null, "deliveredAt");
        if (isRepeatedSettlement(LetterState.DELIVERED, command.proofRef())) {
            return;
        }
        apply(new LetterDelivered(letterNumber, caseId, loanId, waybill, command.proofRef(), command.deliveredAt()));
    }

    @CommandHandler
    void handle(RecordReturn command) {
        require(command.itemRef() != null && !command.itemRef().isBlank(), "itemRef");
        require(command.reason() != null && !command.reason().isBlank(), "reason");
        require(command.returnedAt() != null, "returnedAt");
        if (isRepeatedSettlement(LetterState.RETURNED, command.itemRef())) {
            return;
        }
        apply(new LetterReturned(letterNumber, caseId, loanId, waybill, command.reason(), command.itemRef(),
                command.returnedAt()));
    }

    @CommandHandler
    CancelOutcome handle(CancelDispatch command) {
        if (state == LetterState.CANCELLED) {
            return CancelOutcome.ALREADY_CANCELLED;
        }
        if (state.handedOver()) {
            return CancelOutcome.ALREADY_HANDED_OVER;
        }
        apply(new DispatchCancelled(caseId, loanId, step, recipient, letterNumber, command.reason()));
        return CancelOutcome.CANCELLED;
    }

    /** Delivery or return needs a letter on its way; the same fact twice is absorbed, a different one refused. */
    private boolean isRepeatedSettlement(LetterState outcome, String ref) {
        if (state == outcome && Objects.equals(settlementRef, ref)) {
            return true;
        }
        if (state == LetterState.DELIVERED || state == LetterState.RETURNED) {
            throw new LetterRuleViolation(LetterRuleViolation.Code.ALREADY_SETTLED,
                    "letter " + letterNumber + " is already " + state.name().toLowerCase());
        }
        if (state != LetterState.DISPATCHED) {
            throw new LetterRuleViolation(LetterRuleViolation.Code.NOT_DISPATCHED,
                    "letter " + letterNumber + " was never handed to the courier");
        }
        return false;
    }

    private static void require(boolean present, String detail) {
        if (!present) {
            throw new LetterRuleViolation(LetterRuleViolation.Code.MISSING_DETAIL, "missing " + detail);
        }
    }

    @EventSourcingHandler
    void on(LetterIssued event) {
        letterNumber = event.letterNumber();
        caseId = event.caseId();
        loanId = event.loanId();
        step = event.step();
        letterType = event.letterType();
        recipient = event.recipient();
        recipientRole = event.recipientRole();
        state = LetterState.ISSUED;
    }

    @EventSourcingHandler
    void on(LetterDispatched event) {
        state = LetterState.DISPATCHED;
        waybill = event.waybill();
    }

    @EventSourcingHandler
    void on(LetterDelivered event) {
        state = LetterState.DELIVERED;
        settlementRef = event.proofOfDeliveryRef();
    }

    @EventSourcingHandler
    void on(LetterReturned event) {
        state = LetterState.RETURNED;
        settlementRef = event.returnedItemRef();
    }

    @EventSourcingHandler
    void on(DispatchCancelled event) {
        state = LetterState.CANCELLED;
    }
}

package io.dunning.notice.reminder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.SmsFailed;
import io.dunning.events.notice.SmsSent;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One friendly reminder SMS to one obligor (R1.1), identified by its SMS id: requested, handed to the provider,
 * then sent or failed (also when its contact window closed first, ADR 0009: then its dispatch may be claimed by
 * the case's new request); or cancelled while not yet handed over (R1.11). The same outcome twice is absorbed (a
 * replayed send), a contradicting one refused.
 */
@Aggregate
class SmsMessage {

    @AggregateIdentifier
    private String smsId;
    private CaseId caseId;
    private LoanId loanId;
    private LadderStep step;
    private PartyId recipient;
    private SmsState state;
    private String providerMessageId;
    private boolean windowMissed;

    SmsMessage() {
        // for Axon
    }

    @CommandHandler
    SmsMessage(RequestSms command) {
        require(command.smsId() != null && !command.smsId().isBlank(), "smsId");
        require(command.caseId() != null && command.loanId() != null, "caseId/loanId");
        require(command.step() != null, "step");
        require(command.recipient() != null && command.recipientRole() != null, "recipient");
        require(command.template() != null && !command.template().isBlank(), "template");
        apply(new SmsRequested(command.smsId(), command.caseId(), command.loanId(), command.step(),
                command.recipient(), command.recipientRole(), command.template(), command.sendBefore()));
    }

    @CommandHandler
    boolean handle(SubmitSms command) {
        if (state == SmsState.REQUESTED) {
            apply(new SmsSubmitted(smsId));
            return true;
        }
        return state == SmsState.SUBMITTED;
    }

    @CommandHandler
    void handle(RecordSmsSent command) {
        require(command.providerMessageId() != null && !command.providerMessageId().isBlank(), "providerMessageId");
        require(command.sentAt() != null, "sentAt");
        if (state == SmsState.SENT && Objects.equals(providerMessageId, command.providerMessageId())) {
            return;
        }
        requireSubmitted();
        apply(new SmsSent(smsId, caseId, loanId, step, recipient, command.providerMessageId(), command.sentAt()));
    }

    @CommandHandler
    void handle(RecordSmsFailed command) {
        require(command.reason() != null && !command.reason().isBlank(), "reason");
        require(command.failedAt() != null, "failedAt");
        if (state == SmsState.FAILED) {
            return;
        }
        requireSubmitted();
        apply(new SmsFailed(smsId, caseId, loanId, step, recipient, command.reason(), command.failedAt()));
    }

    /** @return whether the SMS failed because its contact window closed: its dispatch may be claimed anew */
    @CommandHandler
    boolean handle(ReleaseSms command) {
        return windowMissed;
    }

    @CommandHandler
    boolean handle(CancelSms command) {
        if (state != SmsState.REQUESTED) {
            return false;
        }
        apply(new DispatchCancelled(caseId, loanId, step, recipient, null, command.reason()));
        return true;
    }

    private void requireSubmitted() {
        if (state == SmsState.SENT || state == SmsState.FAILED) {
            throw new SmsRuleViolation(SmsRuleViolation.Code.ALREADY_SETTLED,
                    "SMS " + smsId + " is already " + state.name().toLowerCase());
        }
        if (state != SmsState.SUBMITTED) {
            throw new SmsRuleViolation(SmsRuleViolation.Code.NOT_SUBMITTED,
                    "SMS " + smsId + " was never handed to the provider");
        }
    }

    private static void require(boolean present, String detail) {
        if (!present) {
            throw new SmsRuleViolation(SmsRuleViolation.Code.MISSING_DETAIL, "missing " + detail);
        }
    }

    @EventSourcingHandler
    void on(SmsRequested event) {
        smsId = event.smsId();
        caseId = event.caseId();
        loanId = event.loanId();
        step = event.step();
        recipient = event.recipient();
        state = SmsState.REQUESTED;
    }

    @EventSourcingHandler
    void on(SmsSubmitted event) {
        state = SmsState.SUBMITTED;
    }

    @EventSourcingHandler
    void on(SmsSent event) {
        state = SmsState.SENT;
        providerMessageId = event.providerMessageId();
    }

    @EventSourcingHandler
    void on(SmsFailed event) {
        state = SmsState.FAILED;
        windowMissed = SmsFailed.OUTSIDE_CONTACT_WINDOW.equals(event.reason());
    }

    @EventSourcingHandler
    void on(DispatchCancelled event) {
        state = SmsState.CANCELLED;
    }
}

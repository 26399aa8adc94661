package io.dunning.contact.timeline;

import io.dunning.events.cases.*;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.TypedId;
import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.LetterDelivered;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterIssued;
import io.dunning.events.notice.LetterReturned;
import io.dunning.events.notice.SmsFailed;
import io.dunning.events.notice.SmsSent;
import java.time.Instant;
import java.util.Optional;

/**
 * The timeline entry an event makes (pure; no I/O). Summaries name steps, letter types, roles, amounts and dates,
 * never personal data. A dispatch is keyed by (case, ladder step, recipient), so the reminder or letter the case
 * requested and what notice-service did with it (issued, dispatched with waybill, delivered or returned, SMS sent
 * or failed, cancelled) are one entry; a promise is keyed by its id and carries its outcome.
 */
final class TimelineEntries {

    private TimelineEntries() {
    }

    static Optional<EntryDraft> of(Object event, Instant at) {
        return Optional.ofNullable(caseEntry(event, at)).or(() -> Optional.ofNullable(noticeEntry(event, at)));
    }

    static String dispatchKey(TypedId caseId, LadderStep step, PartyId recipient) {
        return "dispatch:" + caseId.value() + "|" + step + "|" + recipient.value();
    }

    static String letterKey(String letterNumber) {
        return "letter:" + letterNumber;
    }

    @SuppressWarnings("checkstyle:CyclomaticComplexity")
    private static EntryDraft caseEntry(Object event, Instant at) {
        if (!(event instanceof CaseEvent c)) {
            return null;
        }
        if (event instanceof CaseOpened e) {
            return draft(c, EntryType.CASE_OPENED, at, "Collection case opened at " + e.daysPastDue()
                    + " days past due, arrears " + e.arrears().total() + " " + e.currency())
                    .amount(e.arrears().total(), e.oldestUnpaidDueDate());
        }
        if (event instanceof ReminderRequested e) {
            return draft(c, EntryType.REMINDER, at, e.channel() + " reminder to " + e.recipientRole() + " at "
                    + e.daysPastDue() + " days past due")
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.REQUESTED)
                    .letter(null, null, name(e.recipientRole()), null)
                    .dispatch(e.step().name(), e.channel().name(), null, null).party(e.recipient());
        }
        if (event instanceof ReminderDeferred e) {
            return draft(c, EntryType.REMINDER, at, e.channel() + " reminder to " + e.recipientRole() + " deferred by "
                    + e.rule() + (e.until() == null ? ", not sent" : " until " + e.until()))
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.DEFERRED)
                    .letter(null, null, name(e.recipientRole()), null)
                    .dispatch(e.step().name(), e.channel().name(), null, null).party(e.recipient())
                    .detail("rule", e.rule()).detail("deferredUntil", e.until());
        }
        if (event instanceof NoticeRequested e) {
            return letterDraft(c, at, e.letterType(), e.recipientRole().name())
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.REQUESTED)
                    .letter(e.letterType().name(), null, e.recipientRole().name(), name(e.branchId()))
                    .dispatch(e.step().name(), "LETTER", null, null).party(e.recipient());
        }
        if (event instanceof PromiseMade e) {
            return draft(c, EntryType.PROMISE, at, "Promise to pay " + e.amount() + " by " + e.dueDate()
                    + (e.planId() == null ? "" : " (plan " + e.planId() + ")"))
                    .key("promise:" + e.caseId().value() + "|" + e.promiseId()).status(EntryStatus.PENDING)
                    .amount(e.amount(), e.dueDate());
        }
        if (event instanceof PromiseKept e) {
            return draft(c, EntryType.PROMISE, at, "Promise to pay " + e.amount() + " by " + e.dueDate())
                    .key("promise:" + e.caseId().value() + "|" + e.promiseId()).status(EntryStatus.KEPT)
                    .amount(e.amount(), e.dueDate());
        }
        if (event instanceof PromiseBroken e) {
            return draft(c, EntryType.PROMISE, at, "Promise to pay " + e.amount() + " by " + e.dueDate())
                    .key("promise:" + e.caseId().value() + "|" + e.promiseId()).status(EntryStatus.BROKEN)
                    .amount(e.amount(), e.dueDate());
        }
        if (event instanceof PaymentReceived e) {
            return draft(c, EntryType.PAYMENT, at, "Payment of " + e.amount() + " " + e.currency()
                    + " received, arrears after " + e.arrearsAfter().total())
                    .amount(e.amount(), e.valueDate());
        }
        if (event instanceof RepaymentPlanAgreed e) {
            return draft(c, EntryType.REPAYMENT_PLAN, at, "Repayment plan " + e.planId() + " agreed: "
                    + e.instalments().size() + " instalments").detail("planId", e.planId())
                    .detail("instalments", e.instalments());
        }
        if (event instanceof RepaymentPlanCompleted e) {
            return draft(c, EntryType.REPAYMENT_PLAN, at, "Repayment plan " + e.planId() + " completed");
        }
        return escalationEntry(c, at);
    }

    private static EntryDraft escalationEntry(CaseEvent event, Instant at) {
        if (event instanceof LitigationPrepared e) {
            return draft(e, EntryType.ESCALATION, at, "Litigation file prepared at " + e.daysPastDue()
                    + " days past due");
        }
        if (event instanceof AccelerationDeclared e) {
            return draft(e, EntryType.ESCALATION, at, "Loan acceleration declared: principal "
                    + e.principalOutstanding() + " falls due").amount(e.principalOutstanding(), null);
        }
        if (event instanceof LitigationRequired e) {
            return draft(e, EntryType.LITIGATION, at, "Litigation required against " + e.obligors().size()
                    + " obligor(s) (" + e.trigger() + ")").detail("trigger", e.trigger());
        }
        if (event instanceof LitigationDeferred e) {
            return draft(e, EntryType.LITIGATION, at, "Litigation deferred under exemption " + e.exemptionId());
        }
        if (event instanceof LitigationFiled e) {
            return draft(e, EntryType.LITIGATION, at, "Litigation filed at " + e.court() + ", reference "
                    + e.courtCaseReference() + " on " + e.filedOn()).detail("court", e.court())
                    .detail("courtCaseReference", e.courtCaseReference()).detail("filedOn", e.filedOn());
        }
        if (event instanceof CollectionMaterialsHandedOver e) {
            return draft(e, EntryType.LITIGATION, at, "Collection materials handed over: "
                    + e.stepsOnFile().size() + " steps, " + e.contactsOnFile() + " contacts, "
                    + e.promisesOnFile() + " promises");
        }
        if (event instanceof ExemptionRequested e) {
            return draft(e, EntryType.EXEMPTION, at, "Litigation exemption " + e.exemptionId() + " requested with "
                    + e.plan().size() + " plan instalments").detail("exemptionId", e.exemptionId())
                    .detail("reason", e.reason()).detail("instalments", e.plan()).detail("requestedBy", e.requestedBy());
        }
        if (event instanceof ExemptionApproved e) {
            return draft(e, EntryType.EXEMPTION, at, "Litigation exemption " + e.exemptionId() + " approved")
                    .detail("exemptionId", e.exemptionId()).detail("approvedBy", e.approvedBy());
        }
        if (event instanceof ExemptionRejected e) {
            return draft(e, EntryType.EXEMPTION, at, "Litigation exemption " + e.exemptionId() + " rejected")
                    .detail("exemptionId", e.exemptionId()).detail("reason", e.reason())
                    .detail("rejectedBy", e.rejectedBy());
        }
        if (event instanceof ExemptionApprovalRefused e) {
            return draft(e, EntryType.EXEMPTION, at, "Approval of exemption " + e.exemptionId()
                    + " refused: " + e.reason());
        }
        if (event instanceof ExemptionRevoked e) {
            return draft(e, EntryType.EXEMPTION, at, "Litigation exemption " + e.exemptionId()
                    + " revoked: instalment due " + e.missedInstalmentDueDate() + " missed")
                    .amount(e.amountDue(), e.missedInstalmentDueDate());
        }
        return activityEntry(event, at);
    }

    private static EntryDraft activityEntry(CaseEvent event, Instant at) {
        if (event instanceof ExtensionGranted e) {
            return draft(e, EntryType.CONCESSION, at, "Extension granted to " + e.extendedTo())
                    .amount(null, e.extendedTo());
        }
        if (event instanceof PenaltyWaived e) {
            return draft(e, EntryType.CONCESSION, at, "Penalty interest of " + e.amount() + " waived")
                    .amount(e.amount(), null);
        }
        if (event instanceof FollowUpPlanned e) {
            return draft(e, EntryType.FOLLOW_UP, at, "Follow-up planned: " + e.action()).amount(null, e.dueOn());
        }
        if (event instanceof SegmentAssigned e) {
            return draft(e, EntryType.COLLECTION_ACTIVITY, at, "Segment " + e.segment() + ", strategy "
                    + e.strategy()).detail("segment", e.segment()).detail("previousSegment", e.previousSegment())
                    .detail("strategy", e.strategy()).detail("reason", e.reason());
        }
        if (event instanceof RiskMeasureRecorded e) {
            return draft(e, EntryType.COLLECTION_ACTIVITY, at, "Risk measure recorded: " + e.measure())
                    .detail("measure", e.measure()).detail("note", e.note());
        }
        if (event instanceof RiskInformationReviewed e) {
            return draft(e, EntryType.COLLECTION_ACTIVITY, at, "Risk information reviewed").detail("note", e.summary());
        }
        if (event instanceof ArrearsReasonRecorded e) {
            return draft(e, EntryType.COLLECTION_ACTIVITY, at, "Reason for the arrears recorded")
                    .detail("reason", e.reason());
        }
        if (event instanceof CaseCured e) {
            return draft(e, EntryType.CASE_CURED, at, "Case cured on " + e.curedOn());
        }
        if (event instanceof CaseClosed e) {
            return draft(e, EntryType.CASE_CLOSED, at, "Case closed (" + e.reason() + ") on " + e.closedOn());
        }
        return Optional.ofNullable(CaseNoticeEntries.of(event, at)).orElseGet(() -> ConductEntries.of(event, at));
    }

    private static EntryDraft noticeEntry(Object event, Instant at) {
        if (event instanceof LetterIssued e) {
            return letterDraft(e.caseId().value(), e.loanId().value(), at, e.letterType(), e.recipientRole().name())
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.ISSUED)
                    .letter(e.letterType().name(), e.letterNumber(), e.recipientRole().name(), name(e.branchId()))
                    .dispatch(e.step().name(), "LETTER", null, null);
        }
        if (event instanceof LetterDispatched e) {
            return letterDraft(e.caseId().value(), e.loanId().value(), at, e.letterType(), e.recipientRole().name())
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.DISPATCHED)
                    .letter(e.letterType().name(), e.letterNumber(), e.recipientRole().name(), null)
                    .dispatch(e.step().name(), "LETTER", e.waybill(), null);
        }
        if (event instanceof LetterDelivered e) {
            return CaseNoticeEntries.letterOutcome(e.caseId().value(), e.loanId().value(), at, e.letterNumber(),
                    EntryStatus.DELIVERED, e.waybill(), e.proofOfDeliveryRef());
        }
        if (event instanceof LetterReturned e) {
            return CaseNoticeEntries.letterOutcome(e.caseId().value(), e.loanId().value(), at, e.letterNumber(),
                    EntryStatus.RETURNED, e.waybill(), e.returnedItemRef()).detail("returnReason", e.returnReason());
        }
        if (event instanceof SmsSent e) {
            return new EntryDraft(e.caseId().value(), e.loanId().value(), EntryType.REMINDER, at, "SMS reminder")
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.SENT)
                    .dispatch(e.step().name(), "SMS", null, e.providerMessageId());
        }
        if (event instanceof SmsFailed e) {
            return new EntryDraft(e.caseId().value(), e.loanId().value(), EntryType.REMINDER, at, "SMS reminder")
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.FAILED)
                    .dispatch(e.step().name(), "SMS", null, null).detail("failureReason", e.reason());
        }
        if (event instanceof DispatchCancelled e) {
            boolean letter = e.letterNumber() != null;
            return new EntryDraft(e.caseId().value(), e.loanId().value(),
                    letter ? EntryType.LETTER : EntryType.REMINDER, at, e.step() + " dispatch")
                    .key(dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.CANCELLED)
                    .letter(null, e.letterNumber(), null, null).dispatch(e.step().name(), null, null, null);
        }
        return null;
    }

    private static EntryDraft letterDraft(CaseEvent c, Instant at, LetterType type, String role) {
        return letterDraft(c.caseId().value(), c.loanId().value(), at, type, role);
    }

    private static EntryDraft letterDraft(String caseId, String loanId, Instant at, LetterType type, String role) {
        return new EntryDraft(caseId, loanId, EntryType.LETTER, at,
                humanName(type) + " (" + type.title() + ") to " + role);
    }

    private static String humanName(LetterType type) {
        String lower = type.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static EntryDraft draft(CaseEvent c, EntryType type, Instant at, String summary) {
        return new EntryDraft(c.caseId().value(), c.loanId().value(), type, at, summary);
    }

    private static String name(Object value) {
        return value == null ? null : value.toString();
    }
}

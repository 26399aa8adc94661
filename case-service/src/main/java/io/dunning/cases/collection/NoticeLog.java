package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.FollowUpPlanned;
import io.dunning.events.cases.NoticeChannel;
import io.dunning.events.cases.NoticeDelivered;
import io.dunning.events.cases.NoticeFailed;
import io.dunning.events.cases.NoticeReturned;
import io.dunning.events.cases.NoticeSent;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What became of the notices the case requested, as notice-service reports it: letters handed to the courier
 * with their waybill (R3.1), delivered with proof or returned with the returned item (R3.2), reminder SMS sent or
 * failed. A returned letter is a fact the case acts on: a follow-up (verify the address, home visit: R1.3) is
 * planned within the policy's returned-letter days. Each fact is recorded once per letter or SMS, whatever the
 * redelivery; on a closed case a report changes nothing (a cure may race a delivery). A member of
 * {@link CollectionCase}: it sees every event of the case.
 */
class NoticeLog {

    static final String RETURNED_LETTER_ACTION = "verify the address; home visit (R1.3)";

    private CaseId caseId;
    private LoanId loanId;
    private boolean closed;
    private final Set<String> sent = new HashSet<>();
    private final Set<String> delivered = new HashSet<>();
    private final Set<String> returned = new HashSet<>();
    private final Set<String> failed = new HashSet<>();

    @CommandHandler
    void handle(RecordNoticeSent c) {
        boolean letter = c.channel() == NoticeChannel.LETTER;
        requireText(letter ? c.letterNumber() : c.smsId(), letter ? "the letter number" : "the SMS id");
        if (closed || sent.contains(keyOf(c.channel(), letter ? c.letterNumber() : c.smsId()))) {
            return;
        }
        apply(new NoticeSent(caseId, loanId, c.channel(), c.step(), c.recipient(), c.letterNumber(), c.letterType(),
                c.waybill(), c.smsId(), c.sentAt(), c.sourceEventId()));
    }

    @CommandHandler
    void handle(RecordNoticeDelivered c) {
        requireText(c.letterNumber(), "the letter number");
        if (closed || delivered.contains(c.letterNumber())) {
            return;
        }
        apply(new NoticeDelivered(caseId, loanId, c.letterNumber(), c.waybill(), c.proofOfDeliveryRef(),
                c.deliveredAt(), c.sourceEventId()));
    }

    /** A returned letter is kept on the case and followed up: verify the address, visit the home (R3.2, R1.3). */
    @CommandHandler
    void handle(RecordNoticeReturned c, CollectionPolicy policy) {
        requireText(c.letterNumber(), "the letter number");
        if (closed || returned.contains(c.letterNumber())) {
            return;
        }
        apply(new NoticeReturned(caseId, loanId, c.letterNumber(), c.waybill(), c.returnReason(),
                c.returnedItemRef(), c.returnedAt(), c.sourceEventId()));
        apply(new FollowUpPlanned(caseId, loanId, followUpOn(c.returnedAt(), policy),
                "letter " + c.letterNumber() + " returned: " + RETURNED_LETTER_ACTION, null));
    }

    /** @return whether the failure is new on an open case (recorded now), not a redelivery */
    boolean fail(RecordNoticeFailed c) {
        requireText(c.smsId(), "the SMS id");
        if (closed || failed.contains(c.smsId())) {
            return false;
        }
        apply(new NoticeFailed(caseId, loanId, NoticeChannel.SMS, c.step(), c.recipient(), c.smsId(), c.reason(),
                c.failedAt(), c.sourceEventId()));
        return true;
    }

    /** The day, in the bank's zone, by which a returned letter is followed up. */
    static LocalDate followUpOn(Instant returnedAt, CollectionPolicy policy) {
        return returnedAt.atZone(policy.bankZone()).toLocalDate().plusDays(policy.returnedLetterFollowUpDays());
    }

    private static String keyOf(NoticeChannel channel, String reference) {
        return channel + ":" + reference;
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        loanId = e.loanId();
    }

    @EventSourcingHandler
    void on(NoticeSent e) {
        sent.add(keyOf(e.channel(), e.channel() == NoticeChannel.LETTER ? e.letterNumber() : e.smsId()));
    }

    @EventSourcingHandler
    void on(NoticeDelivered e) {
        delivered.add(e.letterNumber());
    }

    @EventSourcingHandler
    void on(NoticeReturned e) {
        returned.add(e.letterNumber());
    }

    @EventSourcingHandler
    void on(NoticeFailed e) {
        failed.add(e.smsId());
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }
}

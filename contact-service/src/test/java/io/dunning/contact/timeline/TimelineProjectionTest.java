package io.dunning.contact.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.contact.reporting.CaseStateProjector;
import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ProjectionDatabase;
import io.dunning.events.cases.ReminderDeferred;
import io.dunning.events.notice.SmsFailed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The timeline projection without Spring: on(event, time), then the query. */
class TimelineProjectionTest {

    private static final Instant T = Instant.parse("2026-01-31T01:00:00Z");

    private final TimelineProjector projector = new TimelineProjector(ProjectionDatabase.jdbc());
    private final CaseStateProjector caseState = new CaseStateProjector(ProjectionDatabase.jdbc());
    private final TimelineQueries queries = new TimelineQueries(ProjectionDatabase.jdbc());

    @Test
    void aLetterIsOneEntryUpdatedFromRequestedToIssuedDispatchedAndDelivered() {
        CaseStory s = new CaseStory();
        caseState.on(s.opened(30, "900.00"), T);
        projector.on(s.opened(30, "900.00"), T);
        long id = projector.on(s.overdueNotice(), T.plusSeconds(1)).orElseThrow();
        assertThat(projector.on(s.issued(false), T.plusSeconds(2))).contains(id);
        assertThat(projector.on(s.dispatched(false), T.plusSeconds(3))).contains(id);
        assertThat(projector.on(s.delivered(), T.plusSeconds(4))).contains(id);

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).extracting(TimelineEntryView::type).containsExactly("CASE_OPENED", "LETTER");
        TimelineEntryView letter = entries.get(1);
        assertThat(letter.occurredAt()).isEqualTo(T.plusSeconds(1));
        assertThat(letter.version()).isEqualTo(4);
        assertThat(letter.letterNumber()).isEqualTo(s.overdueLetter);
        assertThat(letter.waybill()).isEqualTo("WB-B-" + s.suffix);
        assertThat(letter.deliveryStatus()).isEqualTo("DELIVERED");
        assertThat(letter.evidenceRef()).isEqualTo("POD-" + s.suffix);
        assertThat(letter.branchId()).isEqualTo(s.branchId.value());
        assertThat(queries.pageOfCustomer(s.customerId.value(), 0, 10).entries()).isEqualTo(entries);
    }

    @Test
    void aPageCarriesTheTotalOfItsWholeListAlsoPastTheEnd() {
        CaseStory s = new CaseStory();
        caseState.on(s.opened(30, "900.00"), T);
        projector.on(s.opened(30, "900.00"), T);
        projector.on(s.overdueNotice(), T.plusSeconds(1));
        projector.on(s.promiseMade(), T.plusSeconds(2));

        TimelineQueries.Page second = queries.pageOfCase(s.caseId.value(), 1, 1);
        assertThat(second.entries()).extracting(TimelineEntryView::type).containsExactly("LETTER");
        assertThat(second.total()).isEqualTo(3);
        TimelineQueries.Page pastTheEnd = queries.pageOfCase(s.caseId.value(), 5, 2);
        assertThat(pastTheEnd.entries()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(3);
        assertThat(queries.pageOfCustomer(s.customerId.value(), 0, 2).total()).isEqualTo(3);
        assertThat(queries.pageOfCase("no-such-case", 0, 2)).isEqualTo(new TimelineQueries.Page(List.of(), 0));
    }

    @Test
    void aLateEarlierStatusNeverSetsADeliveredLetterBack() {
        CaseStory s = new CaseStory();
        projector.on(s.issued(false), T);
        projector.on(s.delivered(), T.plusSeconds(2));
        projector.on(s.dispatched(false), T.plusSeconds(1));

        TimelineEntryView letter = queries.ofCase(s.caseId.value(), 0, 10).get(0);
        assertThat(letter.deliveryStatus()).isEqualTo("DELIVERED");
        assertThat(letter.waybill()).isEqualTo("WB-B-" + s.suffix);
    }

    @Test
    void aPromiseIsOneEntryCarryingItsOutcome() {
        CaseStory s = new CaseStory();
        projector.on(s.promiseMade(), T);
        assertThat(queries.ofCase(s.caseId.value(), 0, 10).get(0).outcome()).isEqualTo("PENDING");
        projector.on(s.promiseBroken(), T.plusSeconds(86400));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).outcome()).isEqualTo("BROKEN");
        assertThat(entries.get(0).deliveryStatus()).isNull();
        assertThat(entries.get(0).occurredAt()).isEqualTo(T);
    }

    @Test
    void anSmsReminderShowsWhetherItWasSentAndDailyDpdUpdatesAreNotOnTheTimeline() {
        CaseStory s = new CaseStory();
        projector.on(s.smsReminder(), T);
        projector.on(s.dpd(1, 2, "300.00"), T.plusSeconds(86400));
        projector.on(s.smsSent(), T.plusSeconds(60));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).extracting(TimelineEntryView::type).containsExactly("REMINDER");
        assertThat(entries.get(0).deliveryStatus()).isEqualTo("SENT");
        assertThat(entries.get(0).channel()).isEqualTo("SMS");
        assertThat(entries.get(0).summary()).isEqualTo("SMS reminder to BORROWER at 1 days past due");
    }

    @Test
    @DisplayName("R6.1 a reminder deferred by the conduct rules is one entry with the reminder requested and sent")
    void aDeferredReminderBecomesTheRequestedAndSentReminder() {
        CaseStory s = new CaseStory();
        var r = s.smsReminder();
        Instant seven = T.plusSeconds(9 * 3600);
        projector.on(new ReminderDeferred(s.caseId, s.loanId, r.step(), r.channel(),
                r.recipient(), r.recipientRole(), 1, "OutsideContactHours", seven, "2026.1"), T);
        TimelineEntryView deferred = queries.ofCase(s.caseId.value(), 0, 10).get(0);
        assertThat(deferred.deliveryStatus()).isEqualTo("DEFERRED");
        assertThat(deferred.summary()).isEqualTo("SMS reminder to BORROWER deferred by OutsideContactHours until "
                + seven);
        assertThat(deferred.details()).containsEntry("deferredUntil", seven.toString());

        projector.on(r, seven);
        projector.on(new ReminderDeferred(s.caseId, s.loanId, r.step(), r.channel(),
                r.recipient(), r.recipientRole(), 1, "OutsideContactHours", seven, "2026.1"), T);
        projector.on(s.smsSent(), seven.plusSeconds(60));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).deliveryStatus()).isEqualTo("SENT");
        assertThat(entries.get(0).summary()).isEqualTo("SMS reminder to BORROWER at 1 days past due");
        assertThat(entries.get(0).occurredAt()).isEqualTo(T);
    }

    @Test
    @DisplayName("R6.1 an SMS that missed its contact window shows FAILED with the reason and the deferral, then SENT")
    void anSmsThatMissedItsWindowShowsFailedThenSent() {
        CaseStory s = new CaseStory();
        var r = s.smsReminder();
        Instant seven = T.plusSeconds(9 * 3600);
        projector.on(r, T);
        projector.on(new SmsFailed(s.smsSent().smsId(), s.caseId, s.loanId, r.step(), r.recipient(),
                SmsFailed.OUTSIDE_CONTACT_WINDOW, T.plusSeconds(60)), T.plusSeconds(60));
        projector.on(new ReminderDeferred(s.caseId, s.loanId, r.step(), r.channel(), r.recipient(),
                r.recipientRole(), 1, "OutsideContactHours", seven, "2026.1"), T.plusSeconds(61));
        TimelineEntryView missed = queries.ofCase(s.caseId.value(), 0, 10).get(0);
        assertThat(missed.deliveryStatus()).isEqualTo("FAILED");
        assertThat(missed.details()).containsEntry("failureReason", SmsFailed.OUTSIDE_CONTACT_WINDOW)
                .containsEntry("deferredUntil", seven.toString());

        projector.on(r.sendingBefore(seven.plusSeconds(14 * 3600)), seven);
        projector.on(s.smsSent(), seven.plusSeconds(60));
        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.deliveryStatus()).isEqualTo("SENT"));
    }

    @Test
    void summariesCarryNoPersonalIdentifiersOfTheObligors() {
        CaseStory s = new CaseStory();
        for (Object event : List.of(s.opened(30, "900.00"), s.overdueNotice(), s.guarantorNotice(), s.issued(true),
                s.returned(), s.smsReminder())) {
            projector.on(event, T);
        }
        assertThat(queries.ofCase(s.caseId.value(), 0, 10)).extracting(TimelineEntryView::summary)
                .noneMatch(summary -> summary.contains(s.borrower.value()) || summary.contains(s.guarantor.value()));
    }
}

package io.dunning.contact.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ProjectionDatabase;
import io.dunning.events.cases.*;
import io.dunning.events.common.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The collectors' own record and the conduct decisions on the timeline, without Spring: contacts, complaints,
 * contact permitted or refused, dial attempts, reveals and erasure, with their type-specific fields and only
 * references to parties and staff.
 */
class CollectorsRecordTimelineTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    private static final UserId COLLECTOR = new UserId("collector-li");

    private final TimelineProjector projector = new TimelineProjector(ProjectionDatabase.jdbc());
    private final TimelineQueries queries = new TimelineQueries(ProjectionDatabase.jdbc());
    private final CaseStory s = new CaseStory();

    @Test
    @DisplayName("R4.1 R4.2 R4.3 a contact shows channel, time, place, participants, points made, reaction and agreement")
    void aContactIsOnTheTimelineInFull() {
        projector.on(visit(), T);

        TimelineEntryView contact = only();
        assertThat(contact.type()).isEqualTo("CONTACT");
        assertThat(contact.channel()).isEqualTo("HOME_VISIT");
        assertThat(contact.occurredAt()).isEqualTo(T);
        assertThat(contact.party()).isEqualTo(s.borrower.value());
        assertThat(contact.summary()).isEqualTo("HOME_VISIT contact with obligor, agreed: 500 by 10 March");
        assertThat(contact.details()).containsEntry("contactId", "ct-" + s.suffix)
                .containsEntry("contactedAt", "2026-03-01T07:30:00Z")
                .containsEntry("place", "borrower's home, Pudong district")
                .containsEntry("participants", List.of("collector-li", "collector-wang"))
                .containsEntry("partyKind", "OBLIGOR")
                .containsEntry("pointsMade", "explained the overdue notice and its consequences")
                .containsEntry("customerReaction", "cooperative, lost his job in January")
                .containsEntry("agreement", "500 by 10 March")
                .containsEntry("recordingRef", "rec-1")
                .containsEntry("photoRefs", List.of("ph-1", "ph-2"))
                .containsEntry("recordedBy", "collector-li");
    }

    @Test
    @DisplayName("R6.8 a complaint recorded, handled and closed is visible in the case's history")
    void aComplaintIsVisibleInTheHistory() {
        projector.on(new ComplaintRecorded(s.caseId, s.loanId, "cp-1", ComplaintChannel.PHONE,
                "called after 21:00", T, COLLECTOR), T);
        projector.on(new ComplaintHandled(s.caseId, s.loanId, "cp-1", "apologised; call times checked",
                new UserId("sup-chen")), T.plusSeconds(3600));
        projector.on(new ComplaintClosed(s.caseId, s.loanId, "cp-1", "upheld", new UserId("sup-chen")),
                T.plusSeconds(7200));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).extracting(TimelineEntryView::type).containsOnly("COMPLAINT");
        assertThat(entries).extracting(TimelineEntryView::summary).containsExactly(
                "Complaint cp-1 received by PHONE: called after 21:00",
                "Complaint cp-1 handled: apologised; call times checked",
                "Complaint cp-1 closed: upheld");
        assertThat(entries.get(0).details()).containsEntry("complaintId", "cp-1").containsEntry("channel", "PHONE");
        assertThat(entries.get(2).details()).containsEntry("complaintOutcome", "upheld");
    }

    @Test
    @DisplayName("R6.1 R6.2 a refused contact shows the rule, the reason and the next allowed time; a permitted one its profile")
    void conductDecisionsAreOnTheTimeline() {
        Instant next = Instant.parse("2026-03-02T23:00:00Z");
        projector.on(new ContactRefused(s.caseId, s.loanId, s.borrower, ConductChannel.CALL, "Asia/Shanghai", T,
                "OutsideContactHours", "R6.1 contact only between 07:00 and 21:00", next, "HANDBOOK", "2026.1",
                COLLECTOR), T);
        projector.on(new ContactPermitted(s.caseId, s.loanId, s.borrower, ConductChannel.CALL, "Asia/Shanghai",
                next, true, "HANDBOOK", "2026.1", COLLECTOR), next);
        projector.on(new DialAttempted(s.caseId, s.loanId, s.borrower, "mobile-1", next, false, COLLECTOR), next);
        projector.on(new ObligorMarkedUnreachable(s.caseId, s.loanId, s.borrower, "no answer for a week",
                COLLECTOR), next.plusSeconds(60));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).extracting(TimelineEntryView::type).containsOnly("CONDUCT");
        TimelineEntryView refused = entries.get(0);
        assertThat(refused.summary()).isEqualTo("CALL contact refused by OutsideContactHours, next allowed at " + next);
        assertThat(refused.details()).containsEntry("rule", "OutsideContactHours")
                .containsEntry("nextAllowedAt", next.toString()).containsEntry("profile", "HANDBOOK")
                .containsEntry("policyVersion", "2026.1").containsEntry("timeZone", "Asia/Shanghai");
        assertThat(entries.get(1).details()).containsEntry("mayDiscloseDebt", true);
        assertThat(entries.get(2).summary()).isEqualTo("Call to mobile-1 not answered");
        assertThat(entries.get(3).summary()).isEqualTo("Obligor marked unreachable: no answer for a week");
        assertThat(entries).extracting(TimelineEntryView::party).containsOnly(s.borrower.value());
    }

    @Test
    @DisplayName("R6.7 a reveal is on the timeline without the data; once erased, every entry naming the party reads as erased")
    void revealsAndErasure() {
        projector.on(s.smsReminder(), T);
        projector.on(visit(), T.plusSeconds(1));
        projector.on(new PersonalDataRevealed(s.caseId, s.loanId, "rv-1", s.borrower, COLLECTOR, "COLLECTOR",
                "calling the borrower", T.plusSeconds(2)), T.plusSeconds(2));
        projector.on(new ContactRecorded(s.caseId, s.loanId, "ct-g", ContactChannel.PHONE_CALL, T, null,
                List.of(COLLECTOR), s.guarantor, ContactedParty.OBLIGOR, "reminded", "calm", null, null, null,
                List.of(), COLLECTOR), T.plusSeconds(3));
        assertThat(queries.ofCase(s.caseId.value(), 0, 10)).extracting(TimelineEntryView::partyErased)
                .containsOnlyNulls();

        var erased = new PartyErased(s.caseId, s.loanId, s.borrower, new UserId("sup-chen"), T.plusSeconds(4));
        projector.on(erased, T.plusSeconds(4));
        projector.on(erased, T.plusSeconds(4));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).extracting(TimelineEntryView::type)
                .containsExactly("REMINDER", "CONTACT", "PERSONAL_DATA", "CONTACT", "PERSONAL_DATA");
        TimelineEntryView reveal = entries.get(2);
        assertThat(reveal.summary()).isEqualTo("Personal data revealed to collector-li (COLLECTOR): calling the borrower");
        assertThat(reveal.details()).containsEntry("revealId", "rv-1").containsEntry("role", "COLLECTOR");
        assertThat(entries.get(4).summary()).isEqualTo("Personal data of a party erased");
        assertThat(entries).filteredOn(e -> s.borrower.value().equals(e.party()))
                .hasSize(4).extracting(TimelineEntryView::partyErased).containsOnly(true);
        assertThat(entries.get(3).partyErased()).isNull();
    }

    @Test
    @DisplayName("R2.1 R2.4 R7 segment, risk measure, exemption and litigation entries carry their own fields")
    void decisionsCarryTheirFields() {
        projector.on(new SegmentAssigned(s.caseId, s.loanId, CustomerSegment.TEMPORARY_HARDSHIP, null,
                CollectionStrategy.PLANS_AND_EXTENSIONS, "job loss", COLLECTOR, "2026.1"), T);
        projector.on(new RiskMeasureRecorded(s.caseId, s.loanId, RiskMeasure.CREDIT_LINE_FROZEN, "line frozen", COLLECTOR),
                T.plusSeconds(1));
        projector.on(new LitigationFiled(s.caseId, s.loanId, "Pudong People's Court", "(2026)沪0115民初123号",
                java.time.LocalDate.of(2026, 4, 1), COLLECTOR), T.plusSeconds(2));

        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries.get(0).details()).containsEntry("segment", "TEMPORARY_HARDSHIP")
                .containsEntry("strategy", "PLANS_AND_EXTENSIONS").containsEntry("reason", "job loss");
        assertThat(entries.get(1).details()).containsEntry("measure", "CREDIT_LINE_FROZEN")
                .containsEntry("note", "line frozen");
        assertThat(entries.get(2).details()).containsEntry("court", "Pudong People's Court")
                .containsEntry("courtCaseReference", "(2026)沪0115民初123号").containsEntry("filedOn", "2026-04-01");
    }

    @Test
    void theTypeSpecificFieldsAreFieldsOfTheEntryInJson() throws Exception {
        projector.on(visit(), T);

        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(only());
        assertThat(json.path("type").asText()).isEqualTo("CONTACT");
        assertThat(json.path("place").asText()).isEqualTo("borrower's home, Pudong district");
        assertThat(json.path("participants").get(1).asText()).isEqualTo("collector-wang");
        assertThat(json.has("details")).isFalse();
        assertThat(json.has("partyErased")).isFalse();
    }

    private ContactRecorded visit() {
        return new ContactRecorded(s.caseId, s.loanId, "ct-" + s.suffix, ContactChannel.HOME_VISIT,
                Instant.parse("2026-03-01T07:30:00Z"), "borrower's home, Pudong district",
                List.of(COLLECTOR, new UserId("collector-wang")), s.borrower, ContactedParty.OBLIGOR,
                "explained the overdue notice and its consequences", "cooperative, lost his job in January",
                "500 by 10 March", null, "rec-1", List.of("ph-1", "ph-2"), COLLECTOR);
    }

    private TimelineEntryView only() {
        List<TimelineEntryView> entries = queries.ofCase(s.caseId.value(), 0, 10);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}

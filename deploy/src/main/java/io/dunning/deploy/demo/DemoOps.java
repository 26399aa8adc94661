package io.dunning.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.dunning.deploy.demo.DemoHttp.Actor;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What members of staff do on a simulated day, through case-service's real REST endpoints: the collections centre
 * dials at 09:00 Beijing time, asks {@code POST /contact-permissions} first (a borrower abroad is refused outside
 * their own hours, and called again at the next allowed time), and records the call with the promise to pay
 * ({@code POST /cases/{id}/contacts}); the branch asks for a litigation exemption, and risk management approves it
 * ({@code POST /cases/{id}/exemption}, {@code .../approval}).
 */
final class DemoOps {

    static final Actor COLLECTOR = new Actor("collector-li", "COLLECTOR");
    static final Actor BRANCH_OFFICER = new Actor("branch-officer-wang", "SUPERVISOR");
    static final Actor RISK_APPROVER = new Actor("risk-approver-zhao", "RISK_APPROVER");
    static final int PROMISE_DPD = 35;
    /** Days to the promised date; a call held back (holiday, night abroad) is tried again on the next days. */
    static final int PROMISE_DAYS = 7;
    private static final int CALL_DAYS = 3;
    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime DIAL_AT = LocalTime.of(9, 0);
    private static final Duration CASE_WAIT = Duration.ofSeconds(90);

    private final DemoHttp http;
    private final DemoCases cases;
    private final String caseServiceUrl;
    private final DemoCalendar calendar;
    private final DemoTally tally;
    private final Set<String> promised = new HashSet<>();

    DemoOps(DemoHttp http, DemoCases cases, String caseServiceUrl, DemoCalendar calendar, DemoTally tally) {
        this.http = http;
        this.cases = cases;
        this.caseServiceUrl = caseServiceUrl;
        this.calendar = calendar;
        this.tally = tally;
    }

    /** Does what the loan's story asks of staff on this day, if anything. */
    void actOn(DemoLoan loan, int day) throws IOException, InterruptedException {
        int dpd = loan.dpdOn(day);
        boolean promising = loan.scenario == DemoScenario.PROMISE_KEPT || loan.scenario == DemoScenario.PROMISE_BROKEN;
        if (promising && dpd >= PROMISE_DPD && dpd < PROMISE_DPD + CALL_DAYS && !promised.contains(loan.loanId)) {
            withCase(loan, caseId -> callForPromise(loan, caseId, day));
        }
        if (loan.scenario == DemoScenario.EXEMPTED && dpd == 91) {
            withCase(loan, caseId -> requestExemption(loan, caseId, day));
        }
        if (loan.scenario == DemoScenario.EXEMPTED && dpd == 92) {
            withCase(loan, caseId -> approveExemption(loan, caseId));
        }
    }

    private interface CaseAction {
        void run(String caseId) throws IOException, InterruptedException;
    }

    private void withCase(DemoLoan loan, CaseAction action) throws IOException, InterruptedException {
        Optional<String> caseId = cases.caseIdOf(loan.loanId, CASE_WAIT);
        if (caseId.isEmpty()) {
            tally.note("no case for loan " + loan.loanId + " after " + CASE_WAIT.toSeconds() + " s: skipped its staff action");
            return;
        }
        action.run(caseId.get());
    }

    /** Asks before calling; follows a refusal's next allowed time within the day's calls (R6.1, R6.2). */
    private void callForPromise(DemoLoan loan, String caseId, int day) throws IOException, InterruptedException {
        var borrower = loan.borrower();
        ZoneId zone = ZoneId.of(borrower.timeZone());
        Instant at = calendar.at(day, DIAL_AT, CENTRE);
        for (int attempt = 0; attempt < 3 && at != null; attempt++) {
            JsonNode answer = post("/contact-permissions", COLLECTOR, Map.of("caseId", caseId,
                    "partyId", borrower.partyId(), "channel", "CALL", "timeZone", zone.getId(), "at", at.atZone(zone)
                            .toOffsetDateTime().toString()));
            if (answer == null) {
                return;
            }
            if (answer.path("permitted").asBoolean()) {
                tally.count("calls permitted");
                recordCallWithPromise(loan, caseId, at, zone);
                return;
            }
            tally.count("calls refused (" + answer.path("rule").asText() + ")");
            at = answer.hasNonNull("nextAllowedAt") ? Instant.parse(answer.get("nextAllowedAt").asText()) : null;
            if (at != null && at.atZone(CENTRE).toLocalDate().isAfter(calendar.dateOf(day))) {
                return; // tried again on the next simulated day
            }
        }
    }

    private void recordCallWithPromise(DemoLoan loan, String caseId, Instant at, ZoneId zone)
            throws IOException, InterruptedException {
        BigDecimal amount = loan.totalArrearsAt(PROMISE_DPD).setScale(2, RoundingMode.HALF_UP);
        var promiseDate = at.atZone(zone).toLocalDate().plusDays(PROMISE_DAYS);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("contactId", "CALL-" + loan.loanId + "-dpd" + PROMISE_DPD);
        contact.put("channel", "PHONE_CALL");
        contact.put("occurredAt", at.plusSeconds(300).toString());
        contact.put("place", "phone call from the collections centre");
        contact.put("participants", List.of(COLLECTOR.userId()));
        contact.put("partyId", loan.borrower().partyId());
        contact.put("partyKind", "OBLIGOR");
        contact.put("pointsMade", "arrears since the missed instalment, the overdue notice sent, the next steps");
        contact.put("customerReaction", "acknowledges the arrears, short of cash until payday");
        contact.put("agreement", "pays the whole arrears within " + PROMISE_DAYS + " days");
        contact.put("promise", Map.of("amount", amount, "dueDate", promiseDate.toString()));
        if (post("/cases/" + caseId + "/contacts", COLLECTOR, contact) != null) {
            promised.add(loan.loanId);
            tally.count("promises");
        }
    }

    /** R2.1: the branch asks not to sue, with a recovery plan due after today (so it holds through the demo). */
    private void requestExemption(DemoLoan loan, String caseId, int day) throws IOException, InterruptedException {
        BigDecimal arrears = loan.totalArrearsAt(loan.dpdOn(day));
        BigDecimal half = arrears.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        var plan = List.of(
                Map.of("amount", half, "dueDate", calendar.dateOf(DemoCalendar.LAST_DAY + 30).toString()),
                Map.of("amount", arrears.subtract(half), "dueDate", calendar.dateOf(DemoCalendar.LAST_DAY + 60).toString()));
        if (post("/cases/" + caseId + "/exemption", BRANCH_OFFICER, Map.of("exemptionId", exemptionId(loan),
                "reason", "borrower's business recovering: a court case would end it; collateral covers the loan",
                "plan", plan)) != null) {
            tally.count("exemption requested");
            tally.note("loan " + loan.loanId + " (case " + caseId + "): exemption " + exemptionId(loan)
                    + " requested by " + BRANCH_OFFICER.userId());
        }
    }

    /** R2.2: the requester's own approval is refused (four eyes); risk management's holds. */
    private void approveExemption(DemoLoan loan, String caseId) throws IOException, InterruptedException {
        String url = caseServiceUrl + "/cases/" + caseId + "/exemption/" + exemptionId(loan) + "/approval";
        DemoHttp.Answer self = http.post(url, BRANCH_OFFICER, Map.of());
        tally.note("loan " + loan.loanId + ": approval by the requester " + BRANCH_OFFICER.userId() + " -> " + self
                + " (R2.2: only RISK_APPROVER may approve, never the requester: 403 here; the case refuses it too)");
        DemoHttp.Answer risk = http.post(url, RISK_APPROVER, Map.of());
        tally.note("loan " + loan.loanId + ": approval by " + RISK_APPROVER.userId() + " -> " + risk);
        tally.count(risk.ok() ? "exemption approved" : "exemption approval failed");
    }

    static String exemptionId(DemoLoan loan) {
        return "EX-" + loan.loanId;
    }

    /** The answer's body when it succeeded; otherwise null, with the answer noted. */
    private JsonNode post(String path, Actor actor, Object body) throws IOException, InterruptedException {
        DemoHttp.Answer answer = http.post(caseServiceUrl + path, actor, body);
        if (answer.ok()) {
            return answer.body();
        }
        tally.note("POST " + path + " as " + actor.userId() + " -> " + answer);
        return null;
    }
}

package io.dunning.deploy.resilience.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * case-service's side, read from dunning_case: every core-banking record applied once (its id in processed_message,
 * at most one case event per source record, each loan's case at its last reported days past due), and no open case
 * missing a ladder step it was due (the handbook ladder of application.yml; the feed's loans have matured principal,
 * so loan acceleration is never due).
 */
public final class CaseChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "io.dunning.events.cases.";

    private final Sql cases;

    public CaseChecks(Sql cases) {
        this.cases = cases;
    }

    public void check(Feed feed, Verdict verdict) throws Exception {
        Set<String> processed = new HashSet<>(cases.column(
                "SELECT message_id FROM processed_message WHERE consumer = 'case-service.corebanking'"));
        List<String> missing = feed.sent().stream().map(Feed.Sent::ceId).filter(id -> !processed.contains(id)).toList();
        verdict.count("core-banking records sent", feed.sent().size());
        verdict.count("core-banking records in processed_message", processed.size());
        List<String> described = new ArrayList<>();
        for (String id : missing) {
            described.add(described.size() >= 5 ? id : id + " (case events naming it: " + cases.column(
                    "SELECT payload_type FROM domain_event_entry"
                    + " WHERE convert_from(payload, 'UTF8')::jsonb ->> 'sourceEventId' = ?", id) + ")");
        }
        verdict.expectNone("core-banking records never applied (not in processed_message)", described);

        List<List<String>> twice = cases.rows("SELECT payload_type, src, count(*) FROM (SELECT payload_type,"
                + " convert_from(payload, 'UTF8')::jsonb ->> 'sourceEventId' AS src FROM domain_event_entry) e"
                + " WHERE src IS NOT NULL GROUP BY payload_type, src HAVING count(*) > 1");
        verdict.count("case events", cases.count("SELECT count(*) FROM domain_event_entry"));
        verdict.expectNone("case events recorded twice for one source record", twice);
        Set<String> paid = new HashSet<>(cases.column("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'sourceEventId'"
                + " FROM domain_event_entry WHERE payload_type = ?", EVENTS + "PaymentReceived"));
        verdict.expectNone("payments without their PaymentReceived", feed.sent().stream()
                .filter(s -> s.ceType().contains("PaymentPosted") && !paid.contains(s.ceId())).toList());

        checkCases(feed, verdict);
    }

    private void checkCases(Feed feed, Verdict verdict) throws Exception {
        Map<String, JsonNode> openByLoan = new LinkedHashMap<>();
        for (String document : cases.column("SELECT document::text FROM case_view WHERE status = 'OPEN'")) {
            JsonNode view = JSON.readTree(document);
            if (openByLoan.put(view.path("loanId").asText(), view) != null) {
                verdict.expectNone("loans with two open cases", List.of(view.path("loanId").asText()));
            }
        }
        verdict.count("open cases", openByLoan.size());
        List<String> wrongDpd = new ArrayList<>();
        List<String> stepsMissed = new ArrayList<>();
        feed.lastDaysPastDueOfLoansInArrears().forEach((loan, dpd) -> {
            JsonNode view = openByLoan.get(loan);
            if (view == null || view.path("daysPastDue").asInt() != dpd) {
                wrongDpd.add(loan + " reported at " + dpd + ", case: " + (view == null ? "none open"
                        : view.path("daysPastDue").asInt()));
                return;
            }
            Set<String> done = new HashSet<>();
            view.path("ladderStepsDone").forEach(step -> done.add(step.asText()));
            for (String due : dueSteps(dpd, feed.guarantorsOf(loan))) {
                if (!done.contains(due)) {
                    stepsMissed.add(loan + " at DPD " + dpd + " misses " + due);
                }
            }
        });
        verdict.expectNone("loans in arrears whose open case is not at the last reported DPD", wrongDpd);
        verdict.expectNone("ladder steps due and not done", stepsMissed);
    }

    /** The steps of the handbook ladder due at {@code dpd} (matured principal: no loan acceleration). */
    static List<String> dueSteps(int dpd, int guarantors) {
        List<String> due = new ArrayList<>(List.of("SMS_REMINDER", "PHONE_REMINDER"));
        if (dpd >= 30) {
            due.add("OVERDUE_NOTICE");
            if (guarantors > 0) {
                due.add("GUARANTOR_LIABILITY_NOTICE");
            }
        }
        if (dpd >= 60) {
            due.addAll(List.of("URGENT_NOTICE", "LITIGATION_PREPARATION", "LAWYERS_LETTER"));
            if (guarantors > 0) {
                due.add("GUARANTEE_PERFORMANCE_NOTICE");
            }
        }
        if (dpd >= 90) {
            due.add("LITIGATION");
        }
        return due;
    }
}

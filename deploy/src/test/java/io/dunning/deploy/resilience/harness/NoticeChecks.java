package io.dunning.deploy.resilience.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What left the bank, read from dunning_notice, dunning_contact and the simulators (the courier's and SMS provider's
 * own records): letter numbers gap-free and unique, one letter per (case, step, recipient), one waybill request per
 * letter, one SMS per message id, one timeline entry per letter and per reminder.
 */
public final class NoticeChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql notice;
    private final Sql contact;
    private final String simulatorsUrl;

    public NoticeChecks(Sql notice, Sql contact, String simulatorsUrl) {
        this.notice = notice;
        this.contact = contact;
        this.simulatorsUrl = simulatorsUrl;
    }

    public void check(Verdict verdict) throws Exception {
        verdict.count("letters", notice.count("SELECT count(*) FROM letter_archive"));
        verdict.count("SMS dispatches", notice.count("SELECT count(*) FROM notice_dispatch WHERE sms_id IS NOT NULL"));
        // gap-free per branch and year: numbers 1..n, n = the sequence's last value
        verdict.expectNone("letter number series with a gap or a duplicate", notice.rows("""
                SELECT s.branch_id, s.year, s.last_value, count(l.letter_number), count(DISTINCT l.letter_number)
                FROM letter_number_sequence s LEFT JOIN letter_archive l ON l.branch_id = s.branch_id
                    AND l.letter_number LIKE s.branch_id || '-' || s.year || '-%'
                GROUP BY s.branch_id, s.year, s.last_value
                HAVING count(l.letter_number) <> s.last_value OR count(DISTINCT l.letter_number) <> s.last_value
                """));
        verdict.expectNone("letters claimed without an archived letter", notice.column("""
                SELECT d.letter_number FROM notice_dispatch d LEFT JOIN letter_archive l USING (letter_number)
                WHERE d.letter_number IS NOT NULL AND l.letter_number IS NULL"""));
        checkCourier(verdict);
        checkSms(verdict);
        checkTimeline(verdict);
    }

    private void checkCourier(Verdict verdict) throws Exception {
        JsonNode shipments = shipments(simulatorsUrl);
        Map<String, Integer> byLetter = new HashMap<>();
        shipments.forEach(s -> byLetter.merge(s.path("letterNumber").asText(), 1, Integer::sum));
        verdict.count("waybill requests accepted by the courier", shipments.size());
        verdict.expectNone("letters handed to the courier twice (two waybills)",
                byLetter.entrySet().stream().filter(e -> e.getValue() > 1).toList());
        Set<String> waybills = new HashSet<>();
        shipments.forEach(s -> waybills.add(s.path("waybill").asText()));
        verdict.expectNone("letters with a waybill the courier does not know", notice.column(
                "SELECT letter_number FROM letter_archive WHERE waybill IS NOT NULL").stream()
                .filter(number -> !byLetter.containsKey(number)).toList());
        verdict.expectNone("waybills recorded by notice-service that the courier never issued", notice.column(
                "SELECT waybill FROM letter_archive WHERE waybill IS NOT NULL").stream()
                .filter(w -> !waybills.contains(w)).toList());
    }

    private void checkSms(Verdict verdict) throws Exception {
        JsonNode messages = get(simulatorsUrl, "/sms/messages");
        Map<String, Integer> bySmsId = new HashMap<>();
        messages.forEach(m -> bySmsId.merge(m.path("smsId").asText(), 1, Integer::sum));
        verdict.count("SMS received by the provider", messages.size());
        verdict.expectNone("SMS sent twice", bySmsId.entrySet().stream().filter(e -> e.getValue() > 1).toList());
    }

    private void checkTimeline(Verdict verdict) throws Exception {
        verdict.count("timeline entries", contact.count("SELECT count(*) FROM timeline_entry"));
        verdict.expectNone("letters with more than one timeline entry", contact.rows("""
                SELECT letter_number, count(*) FROM timeline_entry WHERE type = 'LETTER' AND letter_number IS NOT NULL
                GROUP BY letter_number HAVING count(*) > 1"""));
        verdict.expectNone("reminders with more than one timeline entry", contact.rows("""
                SELECT case_id, step, channel, recipient_role, count(*) FROM timeline_entry WHERE type = 'REMINDER'
                GROUP BY case_id, step, channel, recipient_role HAVING count(*) > 1"""));
        Set<String> onTimeline = new HashSet<>(contact.column(
                "SELECT letter_number FROM timeline_entry WHERE type = 'LETTER' AND letter_number IS NOT NULL"));
        List<String> missing = new ArrayList<>(notice.column("SELECT letter_number FROM letter_archive"));
        missing.removeIf(onTimeline::contains);
        verdict.expectNone("letters missing from the timeline", missing);
    }

    /** What the courier simulator received ({@code GET /courier/shipments}). */
    public static JsonNode shipments(String simulatorsUrl) throws Exception {
        return get(simulatorsUrl, "/courier/shipments");
    }

    private static JsonNode get(String simulatorsUrl, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(simulatorsUrl + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " of the simulators answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}

package io.dunning.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read models the demo's summary shows, read over REST as any client would: contact-service's reports and
 * case-service's compliance-refusal counter ({@code /actuator/prometheus}).
 */
final class DemoReports {

    /** Letter statuses on the way to the courier or back from it: the portfolio has not settled while any is. */
    static final Set<String> LETTERS_IN_FLIGHT = Set.of("REQUESTED", "ISSUED", "DISPATCHED");
    private static final int PAGE = 200;
    private static final Pattern REFUSALS = Pattern.compile(
            "^dunning_contact_refusals_total\\{([^}]*)}\\s+([0-9.Ee+]+)", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("rule=\"([^\"]*)\"");

    private final DemoHttp http;
    private final String caseServiceUrl;
    private final String contactServiceUrl;

    DemoReports(DemoHttp http, String caseServiceUrl, String contactServiceUrl) {
        this.http = http;
        this.caseServiceUrl = caseServiceUrl;
        this.contactServiceUrl = contactServiceUrl;
    }

    /** {@code GET /reports/portfolio}: open cases and amount overdue by DPD bucket. */
    JsonNode portfolio() throws IOException, InterruptedException {
        return report("/reports/portfolio");
    }

    /** {@code GET /reports/cure-rate}: cases opened, cured, closed otherwise, open. */
    JsonNode cureRate() throws IOException, InterruptedException {
        return report("/reports/cure-rate");
    }

    /** {@code GET /reports/promise-kept-rate}: promises made, kept, broken. */
    JsonNode promiseKeptRate() throws IOException, InterruptedException {
        return report("/reports/promise-kept-rate");
    }

    /** {@code GET /reports/letters}, every page, summed over branches: letter type to status to count. */
    Map<String, Map<String, Long>> lettersByTypeAndStatus() throws IOException, InterruptedException {
        Map<String, Map<String, Long>> letters = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode answer = report("/reports/letters?size=" + PAGE + "&page=" + page);
            for (JsonNode row : answer.path("items")) {
                letters.computeIfAbsent(row.path("letterType").asText(), type -> new TreeMap<>())
                        .merge(row.path("deliveryStatus").asText(), row.path("letters").asLong(), Long::sum);
            }
            if ((long) (page + 1) * PAGE >= answer.path("totalItems").asLong()) {
                return letters;
            }
        }
    }

    /** Letters not delivered, returned, cancelled or failed yet. */
    static long inFlight(Map<String, Map<String, Long>> letters) {
        return letters.values().stream().flatMap(byStatus -> byStatus.entrySet().stream())
                .filter(e -> LETTERS_IN_FLIGHT.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** case-service's {@code dunning_contact_refusals_total} by rule (the profile in force only), from a scrape. */
    Map<String, Long> refusalsByRule() throws IOException, InterruptedException {
        return refusalsByRule(http.text(caseServiceUrl + "/actuator/prometheus").orElse(""));
    }

    /** The refusals by rule in a Prometheus text exposition, rules with none left out. */
    static Map<String, Long> refusalsByRule(String scrape) {
        Map<String, Long> byRule = new TreeMap<>();
        Matcher sample = REFUSALS.matcher(scrape);
        while (sample.find()) {
            Matcher rule = RULE.matcher(sample.group(1));
            long count = (long) Double.parseDouble(sample.group(2));
            if (rule.find() && count > 0) {
                byRule.merge(rule.group(1), count, Long::sum);
            }
        }
        return byRule;
    }

    private JsonNode report(String path) throws IOException, InterruptedException {
        DemoHttp.Answer answer = http.get(contactServiceUrl + path);
        if (!answer.ok()) {
            throw new IOException("GET " + contactServiceUrl + path + " answered " + answer);
        }
        return answer.body();
    }
}

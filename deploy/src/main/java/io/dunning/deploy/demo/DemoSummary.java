package io.dunning.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The demo's last words: what the services' read models say about the portfolio (cases by DPD bucket, cures,
 * promises, letters by type and status, compliance refusals, the exemption), then one loan to follow in the
 * README's tour, with its commands ready to paste.
 */
final class DemoSummary {

    private final DemoReports reports;
    private final DemoCases cases;
    private final PrintStream out;

    DemoSummary(DemoReports reports, DemoCases cases, PrintStream out) {
        this.reports = reports;
        this.cases = cases;
        this.out = out;
    }

    void print(Map<String, Map<String, Long>> letters) throws IOException, InterruptedException {
        say("read from the services' REST read models (every case in the databases: earlier runs too, unless --fresh):");
        JsonNode portfolio = reports.portfolio();
        say("open cases by DPD bucket (contact-service GET /reports/portfolio):");
        for (JsonNode bucket : portfolio.path("buckets")) {
            say(String.format("    %-6s %,7d cases   CNY %,16.2f", bucket.path("bucket").asText(),
                    bucket.path("openCases").asLong(), amount(bucket.path("amountOverdue"))));
        }
        say(String.format("    %-6s %,7d cases   CNY %,16.2f", "all", portfolio.path("openCases").asLong(),
                amount(portfolio.path("amountOverdue"))));
        JsonNode cure = reports.cureRate();
        say(String.format("cases (GET /reports/cure-rate): %,d opened, %,d cured, %,d closed otherwise (restructured, "
                        + "written off), %,d open; cure rate %s", cure.path("opened").asLong(),
                cure.path("cured").asLong(), cure.path("closedOtherwise").asLong(), cure.path("open").asLong(),
                percent(cure.path("cureRate"))));
        JsonNode promises = reports.promiseKeptRate();
        say(String.format("promises (GET /reports/promise-kept-rate): %,d made, %,d kept, %,d broken, the rest not due "
                        + "yet; kept rate %s", promises.path("made").asLong(), promises.path("kept").asLong(),
                promises.path("broken").asLong(), percent(promises.path("promiseKeptRate"))));
        printLetters(letters);
        Map<String, Long> refusals = reports.refusalsByRule();
        say("compliance refusals (case-service dunning_contact_refusals_total): "
                + (refusals.isEmpty() ? "none" : refusals));
    }

    private void printLetters(Map<String, Map<String, Long>> letters) {
        say("letters by type and status (GET /reports/letters, all branches):");
        TreeSet<String> statuses = new TreeSet<>();
        letters.values().forEach(byStatus -> statuses.addAll(byStatus.keySet()));
        StringBuilder header = new StringBuilder(String.format("    %-30s", "letter type"));
        statuses.forEach(status -> header.append(String.format(" %10s", status)));
        say(header.append(String.format(" %8s", "total")).toString());
        letters.forEach((type, byStatus) -> {
            StringBuilder row = new StringBuilder(String.format("    %-30s", type));
            statuses.forEach(status -> row.append(String.format(" %,10d", byStatus.getOrDefault(status, 0L))));
            say(row.append(String.format(" %,8d", byStatus.values().stream().mapToLong(Long::longValue).sum()))
                    .toString());
        });
    }

    /** The exempted loan's case as case-service shows it. */
    void printExemption(DemoLoan loan) throws IOException, InterruptedException {
        Optional<String> caseId = cases.caseIdOf(loan.loanId, java.time.Duration.ZERO);
        if (caseId.isEmpty()) {
            say("the exemption: loan " + loan.loanId + " has no case");
            return;
        }
        JsonNode view = cases.get(caseId.get());
        say("the exemption (case-service GET /cases/" + caseId.get() + "): loan " + loan.loanId + ", dpd "
                + view.path("daysPastDue").asText("?") + ", exemption " + view.path("exemption").path("state").asText("?")
                + ", litigation " + view.path("litigation").asText("?"));
    }

    /** The README's tour, on a loan of this run. */
    void printTour(DemoLoan loan, String caseService, String noticeService, String contactService)
            throws IOException, InterruptedException {
        Optional<String> caseId = cases.caseIdOf(loan.loanId, java.time.Duration.ZERO);
        say("follow one loan (README, \"A 5-minute tour\"): " + loan.loanId + " (" + loan.scenario.name()
                .toLowerCase().replace('_', ' ') + ", " + (loan.obligors.size() - 1) + " guarantor(s)), case "
                + caseId.orElse("(none yet)"));
        String auth = " -H \"Authorization: Bearer $TOKEN\"";
        say("    export LOAN=" + loan.loanId + " CASE=" + caseId.orElse("<caseId>"));
        say("    curl -s" + auth + " \"" + caseService + "/cases?loanId=$LOAN\"");
        say("    curl -s" + auth + " " + contactService + "/cases/$CASE/timeline");
        say("    curl -s" + auth + " \"" + noticeService + "/letters?caseId=$CASE\"");
    }

    private static BigDecimal amount(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText("0"));
    }

    private static String percent(JsonNode ratio) {
        return ratio.isNull() || ratio.isMissingNode() ? "n/a"
                : String.format("%.1f%%", ratio.asDouble() * 100);
    }

    private void say(String line) {
        out.println("[demo] " + line);
    }
}

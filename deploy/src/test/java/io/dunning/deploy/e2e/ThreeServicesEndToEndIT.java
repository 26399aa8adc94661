package io.dunning.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.feed.CoreBankingRecords;
import io.dunning.deploy.manifests.MetricsInUse;
import io.dunning.events.Topics;
import io.dunning.events.corebanking.CoreBankingEventType;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.ReportedArrears;
import io.dunning.events.corebanking.ReportedObligor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 5, end to end: one embedded PostgreSQL (three databases), one in-process Kafka broker, the simulators and the
 * three services as child JVMs. A loan with two guarantors is reported at 1, 30, 60 and 95 days past due; the courier
 * delivers every letter but one, which it returns. Everything is then checked through the public REST APIs only;
 * then every Kafka record is delivered once more and notice-service restarts, and nothing may change.
 */
@Timeout(value = 9, unit = java.util.concurrent.TimeUnit.MINUTES)
class ThreeServicesEndToEndIT {

    private static final String LOAN = "E2E-LOAN-0001";
    private static final String CUSTOMER = "E2E-CUST-0001";
    private static final String BRANCH = "E2E01";
    private static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int[] DAYS_PAST_DUE = {1, 30, 60, 95};

    /** The ladder steps this loan goes through by DPD 95, in ladder order (its principal has matured). */
    private static final List<String> LADDER = List.of("SMS_REMINDER", "PHONE_REMINDER", "OVERDUE_NOTICE",
            "GUARANTOR_LIABILITY_NOTICE", "URGENT_NOTICE", "LITIGATION_PREPARATION", "LAWYERS_LETTER",
            "GUARANTEE_PERFORMANCE_NOTICE", "LITIGATION");
    /** Letters per ladder step, by recipient role: one per obligor the step addresses. */
    private static final Map<String, List<String>> LETTERS = new LinkedHashMap<>();

    static {
        LETTERS.put("OVERDUE_NOTICE", List.of("BORROWER"));
        LETTERS.put("GUARANTOR_LIABILITY_NOTICE", List.of("GUARANTOR", "GUARANTOR"));
        LETTERS.put("URGENT_NOTICE", List.of("BORROWER"));
        LETTERS.put("LAWYERS_LETTER", List.of("BORROWER", "GUARANTOR", "GUARANTOR"));
        LETTERS.put("GUARANTEE_PERFORMANCE_NOTICE", List.of("GUARANTOR", "GUARANTOR"));
    }

    private static final int LETTER_COUNT = LETTERS.values().stream().mapToInt(List::size).sum();
    private static final Duration SETTLE = Duration.ofSeconds(150);

    private static RunningSystem system;
    private static Api api;
    private static Await await;
    private static long startedNanos;

    @BeforeAll
    static void startTheSystem() throws Exception {
        startedNanos = System.nanoTime();
        system = RunningSystem.start(projectRoot(), Duration.ofSeconds(1), Map.of(
                // only the letter the test chooses is returned (deterministic): no random returns
                "simulators", List.of("--dunning.simulators.courier.return-ratio=0")));
        api = new Api(() -> system.issuer().token("e2e-supervisor", "SUPERVISOR"));
        await = new Await(system);
        log("system up");
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (system != null) {
            system.close();
        }
        log("system stopped");
    }

    @Test
    @DisplayName("Issue 5: a loan with two guarantors from DPD 1 to 95: every step once and in order, letters "
            + "numbered, dispatched, delivered or returned, PDFs archived, reported at 90+; redelivery and a "
            + "notice-service restart change nothing")
    void aLoanWithTwoGuarantorsGoesUpTheLadderOnceEvenWhenEverythingIsRedelivered() throws Exception {
        String returnedLetter = forceTheFirstLetterToBeReturned();
        feedTheLoan();

        String caseId = await.until("the case of " + LOAN + " at DPD 95", SETTLE, this::caseAtDpd95);
        JsonNode timeline = await.until("the complete case timeline", SETTLE, () -> completeTimeline(caseId));
        log("timeline complete");
        assertLetters(caseId, timeline, returnedLetter);
        assertThePortfolioCountsTheCaseAt90Plus();
        assertTheCaseIsOpenAtDpd95(caseId);

        Snapshot before = settled(caseId);
        assertThat(before.shipments()).as("courier shipments").isEqualTo(LETTER_COUNT);
        log("settled; redelivering");
        scrapeTheServices("settled"); // notice-service restarts below: its counters start again from nothing

        int copied = new KafkaTopics(system.bootstrapServers()).redeliver(
                List.of(Topics.CORE_BANKING_LOAN_EVENTS, Topics.CASE_EVENTS, Topics.NOTICE_EVENTS));
        assertThat(copied).as("records redelivered").isGreaterThan(LETTER_COUNT);
        system.restart("notice-service");
        log("redelivered " + copied + " records and restarted notice-service");

        Snapshot after = settled(caseId);
        assertThat(after.timeline()).as("case timeline after redelivery and restart").isEqualTo(before.timeline());
        assertThat(after.letters()).as("letters after redelivery and restart").isEqualTo(before.letters());
        assertThat(after.shipments()).as("courier shipments after redelivery and restart")
                .isEqualTo(before.shipments());
        assertThat(after.portfolio()).as("portfolio after redelivery and restart").isEqualTo(before.portfolio());
        assertThat(after.caseView()).as("case after redelivery and restart").isEqualTo(before.caseView());
        log("nothing changed");

        assertTheDashboardsAndAlertsReadOnlyExportedMetrics();
    }

    /**
     * Issue 7: every metric name the Grafana dashboards and Prometheus rules in deploy/ read is in a real scrape of
     * the services (the scrapes are kept in deploy/target/e2e/metrics/), or is a meter the code registers only on a
     * first failure ({@link MetricsInUse#REGISTERED_ON_FIRST_FAILURE}), or a Kafka client meter bound on Micrometer's
     * refresh schedule ({@link MetricsInUse#BOUND_LATE_BY_THE_KAFKA_CLIENT}).
     */
    private void assertTheDashboardsAndAlertsReadOnlyExportedMetrics() throws Exception {
        scrapeTheServices("end");
        Set<String> missing = new java.util.TreeSet<>(MetricsInUse.used(projectRoot()));
        missing.removeAll(EXPOSED);
        missing.removeAll(MetricsInUse.REGISTERED_ON_FIRST_FAILURE);
        missing.removeAll(MetricsInUse.BOUND_LATE_BY_THE_KAFKA_CLIENT);
        assertThat(missing).as("metrics the dashboards/rules read that no service exports (scrapes in "
                + "deploy/target/e2e/metrics)").isEmpty();
        log("dashboards and alert rules read only exported metrics");
    }

    private static final Set<String> EXPOSED = new java.util.TreeSet<>(Set.of("up"));

    private void scrapeTheServices(String when) throws Exception {
        Path dumps = Files.createDirectories(projectRoot().resolve("deploy/target/e2e/metrics"));
        for (String service : List.of("case-service", "notice-service", "contact-service")) {
            String scrape = new String(api.bytes(system.baseUrl(service) + "/actuator/prometheus"),
                    StandardCharsets.UTF_8);
            Files.writeString(dumps.resolve(service + "-" + when + ".prom"), scrape);
            EXPOSED.addAll(MetricsInUse.exposed(scrape));
        }
    }

    /**
     * Letter numbers are {branch}-{year}-{seq:6}, gap-free per branch and year in the bank's zone, so the first
     * letter of this branch is ...-000001 (forced for this year and the next, in case the year turns mid-test).
     */
    private String forceTheFirstLetterToBeReturned() throws Exception {
        int year = LocalDate.now(BANK_ZONE).getYear();
        for (int y : new int[] {year, year + 1}) {
            api.post(system.baseUrl("simulators") + "/sim/courier/outcomes",
                    Map.of("letterNumber", BRANCH + "-" + y + "-000001", "outcome", "RETURNED"));
        }
        return BRANCH + "-" + year + "-000001";
    }

    private void feedTheLoan() throws Exception {
        LocalDate dueDate = LocalDate.now(BANK_ZONE).minusDays(DAYS_PAST_DUE[DAYS_PAST_DUE.length - 1]);
        List<ReportedObligor> obligors = List.of(
                obligor("B", "BORROWER", "张三"), obligor("G1", "GUARANTOR", "李四"), obligor("G2", "GUARANTOR", "王五"));
        try (CoreBankingProducer producer = new CoreBankingProducer(system.bootstrapServers())) {
            for (int dpd : DAYS_PAST_DUE) {
                BigDecimal missed = BigDecimal.valueOf(1 + (dpd - 1) / 30);
                ReportedArrears arrears = new ReportedArrears(new BigDecimal("800.00").multiply(missed),
                        new BigDecimal("200.00").multiply(missed), new BigDecimal("0.50").multiply(BigDecimal.valueOf(dpd)));
                LoanDelinquencyReported report = new LoanDelinquencyReported("evt-" + LOAN + "-dr-d" + dpd, LOAN,
                        CUSTOMER, BRANCH, "PERSONAL_LOAN", "CNY", new BigDecimal("36000.00"), arrears, dueDate, true,
                        dpd, dueDate.plusDays(dpd), obligors);
                producer.sendAndWait(CoreBankingRecords.of(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED,
                        report.eventId(), LOAN, report, Instant.now()));
            }
        }
    }

    private static ReportedObligor obligor(String suffix, String role, String name) {
        return new ReportedObligor("PTY-E2E-" + suffix, role, name, "E2E-ID-" + suffix, "+86 139 0000 000" + suffix.length(),
                "1 E2E Road, Shanghai", "Asia/Shanghai");
    }

    private Optional<String> caseAtDpd95() throws Exception {
        JsonNode cases = api.get(system.baseUrl("case-service") + "/cases?loanId=" + LOAN);
        assertThat(cases.size()).as("cases of " + LOAN).isLessThanOrEqualTo(1);
        return cases.size() == 1 && cases.get(0).path("daysPastDue").asInt() == 95
                ? Optional.of(cases.get(0).path("caseId").asText()) : Optional.empty();
    }

    /** The timeline once every step is on it and every letter has its final delivery status; asserts it. */
    private Optional<JsonNode> completeTimeline(String caseId) throws Exception {
        JsonNode page = api.get(system.baseUrl("contact-service") + "/cases/" + caseId + "/timeline?size=200");
        List<JsonNode> entries = list(page.path("items"));
        assertThat(page.path("totalItems").asLong()).as("timeline fits one page").isEqualTo(entries.size());
        assertThat(entries).as("timeline").isNotEmpty();
        assertThat(entries.get(0).path("type").asText()).as("first entry").isEqualTo("CASE_OPENED");

        Set<String> firstSeen = new LinkedHashSet<>();
        entries.forEach(e -> ladderStep(e).ifPresent(firstSeen::add));
        assertThat(List.copyOf(firstSeen)).as("ladder steps on the timeline, in order of first appearance")
                .isEqualTo(LADDER);
        for (String reminder : List.of("SMS_REMINDER", "PHONE_REMINDER")) {
            assertThat(entries).filteredOn(e -> e.path("type").asText().equals("REMINDER")
                    && e.path("step").asText().equals(reminder)).as(reminder + " entries").hasSize(1)
                    .allSatisfy(e -> assertThat(e.path("recipientRole").asText()).isEqualTo("BORROWER"));
        }
        for (String step : List.of("LITIGATION_PREPARATION", "LITIGATION")) {
            assertThat(entries).filteredOn(e -> ladderStep(e).orElse("").equals(step)).as(step + " entries").hasSize(1);
        }
        List<JsonNode> letters = letterEntries(entries);
        for (Map.Entry<String, List<String>> step : LETTERS.entrySet()) {
            assertThat(letters).filteredOn(e -> e.path("step").asText().equals(step.getKey()))
                    .as(step.getKey() + " letters by recipient role")
                    .extracting(e -> e.path("recipientRole").asText())
                    .containsExactlyInAnyOrderElementsOf(step.getValue());
        }
        assertThat(letters).as("letters").hasSize(LETTER_COUNT).allSatisfy(e -> {
            assertThat(e.path("letterNumber").asText()).as("letter number of " + e).startsWith(BRANCH + "-");
            assertThat(e.path("waybill").asText()).as("waybill of " + e).isNotBlank();
            assertThat(e.path("deliveryStatus").asText()).as("delivery status of " + e).isIn("DELIVERED", "RETURNED");
        });
        assertThat(letters).extracting(e -> e.path("letterNumber").asText()).as("letter numbers").doesNotHaveDuplicates();
        assertThat(letters).extracting(e -> e.path("waybill").asText()).as("waybills").doesNotHaveDuplicates();
        return Optional.of(page.path("items"));
    }

    private void assertLetters(String caseId, JsonNode timeline, String returnedLetter) throws Exception {
        Map<String, JsonNode> onTimeline = new LinkedHashMap<>();
        letterEntries(list(timeline)).forEach(e -> onTimeline.put(e.path("letterNumber").asText(), e));
        assertThat(onTimeline).as("letters on the timeline").hasSize(LETTER_COUNT);
        assertThat(onTimeline.entrySet()).filteredOn(e -> e.getValue().path("deliveryStatus").asText()
                .equals("RETURNED")).extracting(Map.Entry::getKey).as("returned letters").containsExactly(returnedLetter);

        JsonNode page = api.get(system.baseUrl("notice-service") + "/letters?caseId=" + caseId + "&size=200");
        List<JsonNode> letters = list(page.path("items"));
        assertThat(letters).as("letters of the case").hasSize(LETTER_COUNT);
        for (JsonNode letter : letters) {
            String number = letter.path("letterNumber").asText();
            JsonNode entry = onTimeline.get(number);
            assertThat(entry).as("timeline entry of letter " + number).isNotNull();
            assertThat(letter.path("state").asText()).as("state of " + number)
                    .isEqualTo(number.equals(returnedLetter) ? "RETURNED" : "DELIVERED")
                    .isEqualTo(entry.path("deliveryStatus").asText());
            assertThat(letter.path("waybill").asText()).as("waybill of " + number)
                    .isEqualTo(entry.path("waybill").asText());
            assertThat(letter.path("step").asText()).as("step of " + number).isEqualTo(entry.path("step").asText());
            assertThat(letter.path("recipientRole").asText()).as("recipient of " + number)
                    .isEqualTo(entry.path("recipientRole").asText());
            assertThat(letter.path(number.equals(returnedLetter) ? "returnedItemRef" : "deliveryProofRef").asText())
                    .as("evidence of " + number).isNotBlank();
            byte[] pdf = api.bytes(system.baseUrl("notice-service") + "/letters/" + number + "/pdf");
            assertThat(new String(pdf, 0, Math.min(pdf.length, 5), StandardCharsets.ISO_8859_1))
                    .as("PDF of " + number).isEqualTo("%PDF-");
        }
    }

    private void assertThePortfolioCountsTheCaseAt90Plus() throws Exception {
        await.until("the portfolio to count the case at 90+", SETTLE, () -> {
            JsonNode portfolio = api.get(system.baseUrl("contact-service") + "/reports/portfolio?branchId=" + BRANCH);
            Map<String, Long> buckets = new LinkedHashMap<>();
            portfolio.path("buckets").forEach(b -> buckets.put(b.path("bucket").asText(), b.path("openCases").asLong()));
            assertThat(buckets).as("open cases by bucket")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("1-29", 0L, "30-59", 0L, "60-89", 0L, "90+", 1L));
            assertThat(portfolio.path("openCases").asLong()).as("open cases").isEqualTo(1);
            return Optional.of(portfolio);
        });
    }

    private void assertTheCaseIsOpenAtDpd95(String caseId) throws Exception {
        JsonNode found = api.get(system.baseUrl("case-service") + "/cases/" + caseId);
        assertThat(found.path("status").asText()).as("case status").isEqualTo("OPEN");
        assertThat(found.path("daysPastDue").asInt()).as("case DPD").isEqualTo(95);
        assertThat(found.path("loanId").asText()).isEqualTo(LOAN);
        assertThat(list(found.path("ladderStepsDone"))).extracting(JsonNode::asText).as("ladder steps done")
                .containsAll(LADDER).doesNotHaveDuplicates();
    }

    /** What the public APIs show of the case, once it no longer changes and every consumer has caught up. */
    private Snapshot settled(String caseId) throws Exception {
        KafkaTopics kafka = new KafkaTopics(system.bootstrapServers());
        await.until("every consumer group to catch up", SETTLE,
                () -> kafka.allGroupsCaughtUp() ? Optional.of(true) : Optional.empty());
        return await.stable("what the APIs show of the case", SETTLE, Duration.ofSeconds(4), () -> snapshot(caseId));
    }

    private Snapshot snapshot(String caseId) throws Exception {
        return new Snapshot(
                api.get(system.baseUrl("contact-service") + "/cases/" + caseId + "/timeline?size=200"),
                api.get(system.baseUrl("notice-service") + "/letters?caseId=" + caseId + "&size=200"),
                api.get(system.baseUrl("simulators") + "/courier/shipments").size(),
                api.get(system.baseUrl("contact-service") + "/reports/portfolio?branchId=" + BRANCH),
                api.get(system.baseUrl("case-service") + "/cases/" + caseId));
    }

    record Snapshot(JsonNode timeline, JsonNode letters, int shipments, JsonNode portfolio, JsonNode caseView) {
    }

    /** The ladder step an entry records: dispatches name it; litigation preparation and requirement do not. */
    private static Optional<String> ladderStep(JsonNode entry) {
        String type = entry.path("type").asText();
        String summary = entry.path("summary").asText();
        if (entry.hasNonNull("step") && (type.equals("REMINDER") || type.equals("LETTER"))) {
            return Optional.of(entry.path("step").asText());
        }
        if (type.equals("ESCALATION") && summary.startsWith("Litigation file prepared")) {
            return Optional.of("LITIGATION_PREPARATION");
        }
        if (type.equals("LITIGATION") && summary.startsWith("Litigation required")) {
            return Optional.of("LITIGATION");
        }
        return Optional.empty();
    }

    private static List<JsonNode> letterEntries(List<JsonNode> entries) {
        return entries.stream().filter(e -> e.path("type").asText().equals("LETTER")).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("case-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the project (no case-service/ above "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    private static void log(String what) {
        System.out.printf("[e2e] %5.1f s  %s%n", (System.nanoTime() - startedNanos) / 1e9, what);
    }
}

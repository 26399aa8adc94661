package io.dunning.deploy.demo;

import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.feed.CoreBankingRecords;
import io.dunning.deploy.service.ServiceSpec;
import io.dunning.events.corebanking.CoreBankingEventType;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --demo}: a portfolio's 120 simulated days through the real core-banking topic, one day at a time, with
 * what staff do on each day through case-service's REST endpoints ({@link DemoOps}); a line per day shows what was
 * sent and done and how far behind each service is. At the end it waits for the pipeline to settle and prints
 * what the services' read models say ({@link DemoSummary}). Prints loan and case ids only, never personal data.
 */
public final class DemoFeed {

    /**
     * The default portfolio: about 440 records and 480 letters. Letters are what takes time today: notice-service
     * renders about two a second on a quiet machine (deploy/bench: 179 letters in the ~100 s of a 1,000-record run),
     * so this is about five minutes after start-up; {@code --loans N} sizes it (a 300-loan run sent 882 records and
     * requested 964 letters). The 1,000 loans wait for a faster pipeline.
     */
    public static final int DEFAULT_LOANS = 150;
    /** The bank's zone (case-service's dunning.case.policy.bank-zone): its date is the demo's last day. */
    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");
    /** How long a day may wait for case-service to consume it before the next one is sent regardless. */
    private static final Duration DAY_WAIT = Duration.ofSeconds(30);
    private static final Duration SERVICE_WAIT = Duration.ofMinutes(10);

    private final String bootstrapServers;
    private final ServiceSpec.Ports ports;
    private final DemoHttp http;
    private final Clock clock;
    private final PrintStream out;

    public DemoFeed(String bootstrapServers, ServiceSpec.Ports ports, DemoHttp http, Clock clock, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.ports = ports;
        this.http = http;
        this.clock = clock;
        this.out = out;
    }

    /**
     * Feeds {@code loanCount} loans; staff act on the cases and the summary is printed once every service is UP
     * ({@code allUp}: the launcher found them so; otherwise the demo waits up to 10 more minutes, then only sends
     * the records, which wait in the topic).
     */
    public void run(int loanCount, boolean allUp) throws InterruptedException {
        boolean servicesUp = allUp;
        long started = System.nanoTime();
        String runTag = Long.toString(Instant.now(clock).getEpochSecond() / 60 % 1_679_616, 36).toUpperCase();
        List<DemoLoan> loans = DemoPortfolio.of(loanCount, runTag);
        DemoCalendar calendar = new DemoCalendar(LocalDate.now(clock.withZone(BANK_ZONE)));
        DemoDay plan = new DemoDay(new DemoEvents(calendar));
        String caseService = "http://localhost:" + ports.caseService();
        DemoCases cases = new DemoCases(http, caseService);
        DemoTally tally = new DemoTally();
        DemoOps ops = new DemoOps(http, cases, caseService, calendar, tally);
        say(String.format("%,d loans %s..%s (%,d with guarantors), simulated days 1-%d = %s..%s, one line a day",
                loanCount, loans.get(0).loanId, loans.get(loans.size() - 1).loanId,
                loans.stream().filter(loan -> loan.obligors.size() > 1).count(), DemoCalendar.LAST_DAY,
                calendar.dateOf(1), calendar.dateOf(DemoCalendar.LAST_DAY)));
        if (!servicesUp) {
            servicesUp = awaitServices();
        }
        Map<CoreBankingEventType, Integer> sent = new EnumMap<>(CoreBankingEventType.class);
        try (CoreBankingProducer producer = new CoreBankingProducer(bootstrapServers);
             PipelineLag lag = new PipelineLag(bootstrapServers)) {
            for (int day = 1; day <= DemoCalendar.LAST_DAY; day++) {
                Map<CoreBankingEventType, Integer> today = new EnumMap<>(CoreBankingEventType.class);
                for (DemoLoan loan : loans) {
                    for (DemoDay.Sent record : plan.recordsFor(loan, day)) {
                        producer.send(CoreBankingRecords.of(record.type(), record.eventId(), loan.loanId,
                                record.payload(), Instant.now(clock)));
                        today.merge(record.type(), 1, Integer::sum);
                    }
                }
                producer.flush();
                today.forEach((type, count) -> sent.merge(type, count, Integer::sum));
                if (servicesUp) {
                    lag.awaitAtMost(PipelineLag.CASE_SERVICE, 0, DAY_WAIT);
                    for (DemoLoan loan : loans) {
                        try {
                            ops.actOn(loan, day);
                        } catch (IOException e) {
                            tally.note("loan " + loan.loanId + ": case-service not reachable (" + e + ")");
                        }
                    }
                }
                String staff = tally.takeToday();
                say(String.format("day %3d/%d %s: %-44s| staff: %-40s| behind: %s", day, DemoCalendar.LAST_DAY,
                        calendar.dateOf(day), describe(today), staff.isEmpty() ? "-" : staff, behind(lag.all())));
                tally.takeNotes().forEach(note -> say("    " + note));
            }
            say(String.format("sent %,d records in %s: %s; staff: %s", sent.values().stream().mapToInt(i -> i).sum(),
                    elapsed(started), describe(sent), tally.describeTotal()));
            if (servicesUp) {
                summarize(lag, loans, cases);
                say("demo done in " + elapsed(started) + "; the system keeps running: Ctrl-C stops everything");
            }
        }
    }

    private void summarize(PipelineLag lag, List<DemoLoan> loans, DemoCases cases) throws InterruptedException {
        String caseService = "http://localhost:" + ports.caseService();
        DemoReports reports = new DemoReports(http, caseService, contactService());
        try {
            DemoSummary summary = new DemoSummary(reports, cases, out);
            summary.print(new DemoSettling(lag, reports, out).await());
            summary.printExemption(loans.get(0));
            summary.printTour(tourLoan(loans), caseService, "http://localhost:" + ports.noticeService(),
                    contactService());
        } catch (IOException e) {
            say("could not read the reports: " + e.getMessage());
        }
    }

    /** A loan with a guarantor whose promise was broken and that went on to the urgent notice: the most to see. */
    private static DemoLoan tourLoan(List<DemoLoan> loans) {
        return loans.stream().filter(loan -> loan.scenario == DemoScenario.PROMISE_BROKEN && loan.obligors.size() > 1
                && loan.dpdOn(DemoCalendar.LAST_DAY) >= 60).findFirst().orElse(loans.get(loans.size() - 1));
    }

    /** A slow machine starts the services after the launcher stopped waiting: wait for them a while longer. */
    private boolean awaitServices() throws InterruptedException {
        say("waiting up to " + SERVICE_WAIT.toMinutes() + " more minutes for every service to be UP");
        long deadline = System.nanoTime() + SERVICE_WAIT.toNanos();
        for (int port : new int[] {ports.simulators(), ports.caseService(), ports.noticeService(), ports.contactService()}) {
            while (!up(port)) {
                if (System.nanoTime() > deadline) {
                    say("the service on port " + port + " is not UP: the records are sent and wait in the topic; "
                            + "no staff actions, no summary");
                    return false;
                }
                Thread.sleep(2_000);
            }
        }
        return true;
    }

    private boolean up(int port) throws InterruptedException {
        try {
            return "UP".equals(http.get("http://localhost:" + port + "/actuator/health").body().path("status").asText());
        } catch (IOException notYet) {
            return false;
        }
    }

    private String contactService() {
        return "http://localhost:" + ports.contactService();
    }

    private static String behind(Map<String, Long> lags) {
        StringBuilder text = new StringBuilder();
        lags.forEach((service, records) -> text.append(text.length() == 0 ? "" : ", ").append(service).append(' ')
                .append(records == Long.MAX_VALUE ? "?" : String.format("%,d", records)));
        return text.toString();
    }

    static String describe(Map<CoreBankingEventType, Integer> counts) {
        if (counts.isEmpty()) {
            return "nothing sent";
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((type, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ')
                .append(switch (type) {
                    case LOAN_DELINQUENCY_REPORTED -> count == 1 ? "report" : "reports";
                    case PAYMENT_POSTED -> count == 1 ? "payment" : "payments";
                    case LOAN_RESTRUCTURED -> "restructured";
                    case LOAN_WRITTEN_OFF -> "written off";
                }));
        return text.toString();
    }

    private static String elapsed(long startedNanos) {
        long seconds = Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
        return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }

    private void say(String line) {
        out.println("[demo] " + line);
    }
}

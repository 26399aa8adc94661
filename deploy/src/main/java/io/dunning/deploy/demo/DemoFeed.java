package io.dunning.deploy.demo;

import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.feed.CoreBankingRecords;
import io.dunning.events.corebanking.CoreBankingEventType;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --demo}: sends a portfolio's simulated 95 days through {@code corebanking.loan-events.v1}, then
 * shows what case-service made of one loan per scenario. Prints loan ids only.
 */
public final class DemoFeed {

    public static final int LOANS = 50;
    private static final Duration PAUSE_BETWEEN_DAYS = Duration.ofMillis(1500);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SETTLE_TIME = Duration.ofSeconds(3);

    private final String bootstrapServers;
    private final String caseServiceUrl;
    private final Clock clock;
    private final PrintStream out;

    public DemoFeed(String bootstrapServers, String caseServiceUrl, Clock clock, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.caseServiceUrl = caseServiceUrl;
        this.clock = clock;
        this.out = out;
    }

    /** Sends everything, then queries case-service if {@code queryCases}. */
    public void run(boolean queryCases) throws InterruptedException {
        String runTag = Long.toString(Instant.now(clock).getEpochSecond() / 60 % 1_679_616, 36).toUpperCase();
        List<DemoLoan> loans = DemoPortfolio.of(LOANS, runTag);
        int lastDay = DemoDay.DAYS[DemoDay.DAYS.length - 1];
        DemoDay plan = new DemoDay(new DemoEvents(LocalDate.now(clock).minusDays(lastDay)));
        Map<CoreBankingEventType, Integer> sent = new EnumMap<>(CoreBankingEventType.class);
        out.println("[demo] " + LOANS + " loans DEMO-" + runTag + "-001..." + String.format("%03d", LOANS)
                + ", simulated days " + java.util.Arrays.toString(DemoDay.DAYS));
        try (CoreBankingProducer producer = new CoreBankingProducer(bootstrapServers)) {
            for (int day : DemoDay.DAYS) {
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
                out.println("[demo] day " + day + ": " + describe(today));
                Thread.sleep(PAUSE_BETWEEN_DAYS.toMillis());
            }
        }
        out.println("[demo] sent " + sent.values().stream().mapToInt(Integer::intValue).sum() + " records: "
                + describe(sent));
        if (queryCases) {
            try (InboundLag lag = new InboundLag(bootstrapServers)) {
                boolean caughtUp = lag.awaitCaughtUp(CATCH_UP_TIMEOUT,
                        left -> out.println("[demo] case-service has " + left + " records still to process..."));
                out.println(caughtUp ? "[demo] case-service has consumed every record"
                        : "[demo] case-service is still behind after " + CATCH_UP_TIMEOUT.toMinutes() + " min");
            }
            // the read model follows the event store by a tracking processor: give it a moment
            Thread.sleep(SETTLE_TIME.toMillis());
            showOnePerScenario(loans);
        }
    }

    private void showOnePerScenario(List<DemoLoan> loans) throws InterruptedException {
        Map<DemoScenario, DemoLoan> examples = new LinkedHashMap<>();
        loans.forEach(loan -> examples.putIfAbsent(loan.scenario, loan));
        CaseQueries queries = new CaseQueries(caseServiceUrl);
        out.println("[demo] what case-service made of them (GET " + caseServiceUrl + "/cases?loanId=...):");
        for (Map.Entry<DemoScenario, DemoLoan> example : examples.entrySet()) {
            String loanId = example.getValue().loanId;
            out.printf("[demo]   %-14s %-22s %s%n", loanId, example.getKey(), queries.newestCaseOf(loanId));
        }
    }

    private static String describe(Map<CoreBankingEventType, Integer> counts) {
        if (counts.isEmpty()) {
            return "nothing";
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((type, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(count).append(' ').append(type.ceType()));
        return text.toString();
    }
}

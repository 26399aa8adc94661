package io.dunning.deploy.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Waits, after the last simulated day, until every service has consumed everything and no letter is on its way to
 * or back from the courier, twice in a row with the same letters: only then do the reports describe the whole
 * portfolio. Says every ten seconds where the pipeline is; gives up after {@value #TIMEOUT_MINUTES} minutes.
 */
final class DemoSettling {

    static final int TIMEOUT_MINUTES = 20;
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration SAY_EVERY = Duration.ofSeconds(10);

    private final PipelineLag lag;
    private final DemoReports reports;
    private final PrintStream out;

    DemoSettling(PipelineLag lag, DemoReports reports, PrintStream out) {
        this.lag = lag;
        this.reports = reports;
        this.out = out;
    }

    /** The letters by type and status once settled (or when the time is up). */
    Map<String, Map<String, Long>> await() throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(TIMEOUT_MINUTES).toNanos();
        long lastSaid = 0;
        Map<String, Map<String, Long>> previous = null;
        while (true) {
            Map<String, Long> lags = lag.all();
            Map<String, Map<String, Long>> letters = reports.lettersByTypeAndStatus();
            long inFlight = DemoReports.inFlight(letters);
            boolean quiet = lags.values().stream().allMatch(records -> records == 0) && inFlight == 0;
            if (quiet && letters.equals(previous)) {
                say(String.format("the pipeline has settled, %d s after the last day", seconds(started)));
                return letters;
            }
            if (System.nanoTime() > deadline) {
                say("not settled after " + TIMEOUT_MINUTES + " minutes: the summary shows the state so far");
                return letters;
            }
            if (System.nanoTime() - lastSaid > SAY_EVERY.toNanos()) {
                say(String.format("waiting for the pipeline (%d s): records behind %s; letters in flight %,d",
                        seconds(started), lags, inFlight));
                lastSaid = System.nanoTime();
            }
            previous = quiet ? letters : null;
            Thread.sleep(POLL.toMillis());
        }
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    private void say(String line) {
        out.println("[demo] " + line);
    }
}

package io.dunning.deploy.resilience.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * case-service's {@code case_view} rebuilt from its event store: case-service stops, the table's rows and the
 * {@value #PROCESSOR} tokens are deleted, and case-service starts again; Axon's tracking processor starts from the
 * tail of the event store (its default initial token) and applies every event once more. The rebuilt table must have
 * the checksum of the one built under faults. notice-service has no such projection: its {@code letter_archive} is a
 * subscribing processor written in the command's transaction, not a replayable read model.
 */
public final class CaseViewReplay {

    public static final String PROCESSOR = "case-view";
    public static final String INSTANCE = "case-service#1";
    /** Every column: each is derived from the events (timestamps included). */
    public static final String CASE_VIEW = "SELECT * FROM case_view";

    private final Fleet fleet;
    private final Sql cases;

    public CaseViewReplay(Fleet fleet, Sql cases) {
        this.fleet = fleet;
        this.cases = cases;
    }

    public String checksum() throws Exception {
        return cases.checksum(CASE_VIEW);
    }

    /** Returns the checksum of the rebuilt table once it and the processor's tokens stopped changing. */
    public String replay(Duration timeout, Consumer<String> log) throws Exception {
        fleet.stop(INSTANCE);
        long parked = cases.count("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?", PROCESSOR);
        int rows = cases.execute("DELETE FROM case_view");
        int tokens = cases.execute("DELETE FROM token_entry WHERE processor_name = ?", PROCESSOR);
        log.accept("case_view replay: deleted " + rows + " rows and " + tokens + " token segments (" + parked
                + " events parked in the dead-letter queue), restarting " + INSTANCE);
        fleet.start(List.of(INSTANCE));
        Map<String, String> settled = Settle.until(fleet, timeout, Duration.ofSeconds(20), () -> Map.of(
                "case_view", checksum(),
                "tokens", cases.checksum("SELECT segment, token FROM token_entry WHERE processor_name = '"
                        + PROCESSOR + "'")));
        return settled.get("case_view");
    }
}

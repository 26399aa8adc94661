package io.dunning.deploy.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.deploy.resilience.harness.CaseViewReplay;
import io.dunning.deploy.resilience.harness.ChaosRun;
import io.dunning.deploy.resilience.harness.ChaosSchedule;
import io.dunning.deploy.resilience.harness.Databases;
import io.dunning.deploy.resilience.harness.Feed;
import io.dunning.deploy.resilience.harness.Fingerprint;
import io.dunning.deploy.resilience.harness.Fleet;
import io.dunning.deploy.resilience.harness.ProjectionReplay;
import io.dunning.deploy.resilience.harness.Redelivery;
import io.dunning.deploy.resilience.harness.Settle;
import io.dunning.deploy.resilience.harness.Sql;
import io.dunning.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, crash and redelivery, on one system (simulators + one instance of each service as child JVMs, embedded
 * PostgreSQL, in-process KRaft broker, loopback only). Sizes: {@link ResilienceSettings}. In order:
 * <ol>
 *   <li>crash: the portfolio is fed in slices; between slices a seeded schedule SIGKILLs a random service (at least
 *   twice each, {@code kills} in all) and restarts it, and stops/starts PostgreSQL and the broker once each; once
 *   settled, every record's effect is present once, nothing left the bank twice, no open case misses a due step;</li>
 *   <li>redelivery: every record of every topic is delivered again from offset 0, a random 10% twice more: no table
 *   of any service changes (checksums);</li>
 *   <li>replay: contact-service rebuilt from scratch on an empty database has the same projections (checksums);</li>
 *   <li>replay: case-service's case_view rebuilt from its event store (rows and tokens deleted) is the same table
 *   (checksum of every column).</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 90, unit = TimeUnit.MINUTES)
class CrashResilienceIT extends FleetTest {

    private static final ResilienceSettings SETTINGS = ResilienceSettings.fromSystemProperties(2_000);
    private static final List<String> TOPICS = List.of(Topics.CORE_BANKING_LOAN_EVENTS, Topics.CASE_EVENTS,
            Topics.NOTICE_EVENTS);

    private static Databases databases;
    private static Feed feed;

    @BeforeAll
    static void startTheFleet() throws Exception {
        databases = Databases.of(startFleet(1));
        feed = new Feed(SETTINGS.records(), SETTINGS.loans());
        log(SETTINGS.toString());
    }

    @Test
    @Order(1)
    @DisplayName("Issue 8 crash: N core-banking records (default 2,000, target 20,000) under >= 10 kill -9 (each service"
            + " >= 2) + 1 PostgreSQL and 1 Kafka stop/start: every effect once, no letter number, waybill, SMS or"
            + " timeline entry twice, no due ladder step missed, every stored event published")
    void everyEffectOnceUnderCrashes() throws Exception {
        ChaosSchedule schedule = ChaosSchedule.of(SETTINGS.seed(), SETTINGS.kills(), 2,
                Fleet.SERVICES.stream().map(s -> List.of(s + "#1")).toList(), SETTINGS.maxPause().toMillis());
        log("schedule: " + schedule.faults());
        log("injecting " + schedule.count(ChaosSchedule.Kind.KILL) + " kills " + schedule.killsByTarget() + ", "
                + schedule.count(ChaosSchedule.Kind.POSTGRES_RESTART) + " PostgreSQL and "
                + schedule.count(ChaosSchedule.Kind.KAFKA_RESTART) + " Kafka stop/start, over " + feed.size()
                + " records of " + SETTINGS.loans() + " loans");
        new ChaosRun(fleet, FleetTest::log).run(feed, schedule);
        Settle.until(fleet, SETTINGS.settle(), Duration.ofSeconds(20), databases::fingerprint);
        log("settled");

        var verdict = databases.check(fleet, feed);
        log("after the crashes, " + verdict);
        assertThat(verdict.violations()).as("invariants after the crashes").isEmpty();
        assertThat(verdict.counts().get("letters")).as("letters issued (the run must reach the letter steps)")
                .isPositive();
    }

    @Test
    @Order(2)
    @DisplayName("Issue 8 redelivery: every record of the three topics again from offset 0, a random 10% twice more:"
            + " zero extra effects (checksums of every service's tables, courier and SMS records unchanged)")
    void redeliveryAddsNothing() throws Exception {
        Map<String, String> before = Settle.until(fleet, SETTINGS.settle(), Duration.ofSeconds(20),
                databases::fingerprint);
        var before2 = databases.check(fleet, feed);
        Redelivery.Copies copies = new Redelivery(fleet.bootstrapServers()).replay(TOPICS, 0.10, 2, SETTINGS.seed());
        log("redelivered " + copies.records() + " records from offset 0, " + copies.redeliveredTwiceMore()
                + " of them twice more: " + copies.produced() + " records produced");
        assertThat(copies.redeliveredTwiceMore()).as("records redelivered twice more").isPositive();

        Map<String, String> after = Settle.until(fleet, SETTINGS.settle(), Duration.ofSeconds(20),
                databases::fingerprint);
        var verdict = databases.check(fleet, feed);
        log("after the redelivery, " + verdict);
        assertThat(after).as("checksums of every service's tables after the redelivery").isEqualTo(before);
        assertThat(verdict.violations()).as("invariants after the redelivery").isEmpty();
        assertThat(verdict.counts()).as("counts after the redelivery (courier, SMS, letters, timeline ...)")
                .containsAllEntriesOf(withoutTopicCounts(before2.counts()));
    }

    @Test
    @Order(3)
    @DisplayName("Issue 8 replay: contact-service rebuilt from offset 0 on an empty database equals the projections"
            + " built under the crashes (checksums of contact_case, case_month_state, timeline_entry,"
            + " processed_message)")
    void projectionsEqualAFromScratchReplay() throws Exception {
        Sql original = new Sql(fleet.jdbcUrl("dunning_contact"));
        Map<String, String> built = Fingerprint.of(original, Fingerprint.CONTACT_PROJECTIONS);
        ProjectionReplay replay = new ProjectionReplay(fleet);
        Map<String, String> replayed = replay.replay(SETTINGS.settle());
        log("projections under faults " + built + "\nreplayed from scratch " + replayed);
        if (!replayed.equals(built)) {
            log("rows that differ: " + replay.differences());
        }
        assertThat(replayed).as("contact-service's projections replayed from scratch").isEqualTo(built);
    }

    @Test
    @Order(4)
    @DisplayName("Issue 8 replay: case-service's case_view rebuilt from the event store (rows and case-view tokens"
            + " deleted, case-service restarted) equals the case_view built under the crashes (checksum, all columns)")
    void caseViewEqualsAReplayOfTheEventStore() throws Exception {
        CaseViewReplay replay = new CaseViewReplay(fleet, databases.cases());
        String built = replay.checksum();
        String replayed = replay.replay(SETTINGS.settle(), FleetTest::log);
        log("case_view under faults " + built + ", replayed from the event store " + replayed);
        assertThat(built).as("case_view under faults has rows").doesNotStartWith("0:");
        assertThat(replayed).as("case_view replayed from the event store").isEqualTo(built);
    }

    private static Map<String, Long> withoutTopicCounts(Map<String, Long> counts) {
        Map<String, Long> kept = new java.util.HashMap<>(counts);
        kept.keySet().removeIf(key -> key.contains(".v1 records") || key.contains(".DLT"));
        return kept;
    }

}

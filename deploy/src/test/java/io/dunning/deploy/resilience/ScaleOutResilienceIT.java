package io.dunning.deploy.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.resilience.harness.Databases;
import io.dunning.deploy.resilience.harness.Feed;
import io.dunning.deploy.resilience.harness.KafkaTopics;
import io.dunning.deploy.resilience.harness.Settle;
import io.dunning.deploy.resilience.harness.Sql;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, scale-out: two instances of each service on the same PostgreSQL and broker share the work (Kafka
 * partitions by consumer group, Axon's tracking processors by token claim). Half the records are fed, then instance #1
 * of case-service and contact-service and instance #2 of notice-service (#1 receives the courier's callbacks, as a
 * load balancer's address would) are killed with SIGKILL and stay down; the survivors must take their partitions and
 * token claims over and finish the run with the same invariants as the crash test. Size: half the crash test's
 * records and loans ({@link ResilienceSettings}).
 */
@Timeout(value = 90, unit = TimeUnit.MINUTES)
class ScaleOutResilienceIT extends FleetTest {

    private static final ResilienceSettings SETTINGS = ResilienceSettings.fromSystemProperties(2_000);
    private static final List<String> KILLED = List.of("case-service#1", "notice-service#2", "contact-service#1");
    /** The @KafkaListener ids (= group ids) of case-service, notice-service and contact-service. */
    private static final List<String> GROUPS = List.of("corebanking-inbound", "case-events-inbound",
            "contact-projections");

    @BeforeAll
    static void startTwoOfEach() throws Exception {
        startFleet(2);
    }

    @Test
    @DisplayName("Issue 8 scale-out: N/2 records (default 1,000), 2 instances of each service split the work; 1 of each killed (kill -9) mid-run "
            + "and left down: the other takes over its partitions and token claims, every effect once, nothing twice,"
            + " no due step missed")
    void theSurvivorsTakeOver() throws Exception {
        Feed feed = new Feed(SETTINGS.records() / 2, SETTINGS.loans() / 2);
        Databases databases = Databases.of(fleet);
        try (CoreBankingProducer producer = new CoreBankingProducer(fleet.bootstrapServers())) {
            feed.sendNext(producer, feed.size() / 2);
            log("fed " + feed.size() / 2 + " of " + feed.size() + " records");
            awaitBothInstancesWorking(new Sql(fleet.jdbcUrl("dunning_case")));
            assertTheGroupsAreSplit();
            for (String instance : KILLED) {
                fleet.kill(instance);
                log("killed " + instance + " (SIGKILL), not restarted");
            }
            feed.sendNext(producer, feed.size());
            log("fed the other " + (feed.size() - feed.size() / 2) + " records");
        }
        Settle.until(fleet, SETTINGS.settle(), Duration.ofSeconds(20), databases::fingerprint);
        var verdict = databases.check(fleet, feed);
        log("after the take-over, " + verdict);
        assertThat(verdict.violations()).as("invariants after the take-over").isEmpty();
        assertThat(verdict.counts().get("letters")).as("letters issued").isPositive();
    }

    /** Each service's inbound consumer group has both instances as members, each with partitions of its own. */
    private static void assertTheGroupsAreSplit() throws Exception {
        KafkaTopics kafka = new KafkaTopics(fleet.bootstrapServers());
        Map<String, List<String>> members = kafka.assignments();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!split(members) && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            members = kafka.assignments();
        }
        log("consumer groups before the kill: " + members);
        assertThat(split(members)).as("every service group split over two members: " + members).isTrue();
    }

    private static boolean split(Map<String, List<String>> members) {
        return GROUPS.stream().allMatch(group -> members.getOrDefault(group, List.of()).stream()
                .filter(member -> !member.endsWith("[]")).count() == 2);
    }

    /** Both case-service instances hold Axon token claims before the kill (or one holds all, if there is one). */
    private static void awaitBothInstancesWorking(Sql cases) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        List<String> owners = List.of();
        while (System.nanoTime() < deadline) {
            owners = cases.column("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL");
            if (cases.count("SELECT count(*) FROM processed_message") > 0 && !owners.isEmpty()) {
                break;
            }
            Thread.sleep(2_000);
        }
        log("case-service token owners before the kill: " + owners + ", segments "
                + cases.rows("SELECT processor_name, segment, owner FROM token_entry ORDER BY 1, 2"));
    }

}

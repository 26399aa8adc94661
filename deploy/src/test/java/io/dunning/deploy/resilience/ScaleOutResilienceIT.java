package io.dunning.deploy.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.resilience.harness.Databases;
import io.dunning.deploy.resilience.harness.Feed;
import io.dunning.deploy.resilience.harness.KafkaTopics;
import io.dunning.deploy.resilience.harness.NoticeChecks;
import io.dunning.deploy.resilience.harness.Settle;
import io.dunning.deploy.resilience.harness.TokenClaims;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, scale-out: two instances of each service on the same PostgreSQL and broker share the work (Kafka
 * partitions by consumer group, Axon's tracking processors by token claim on their 2 segments, the courier's callbacks
 * spread over both notice-service instances). Half the records are fed; both instances of each service must hold
 * Kafka partitions and own a segment of every tracking processor ({@code token_entry.owner}); then instance #1 of
 * case-service and contact-service are killed with SIGKILL, the other half is fed, and instance #2 of notice-service
 * is killed once the courier has called it back (letters come with the later records); all stay down. The survivors
 * must own every segment once the claims expire, take the partitions over and finish the run with the same
 * invariants as the crash test, and both notice-service instances must have received courier callbacks. Size: half
 * the crash test's records and loans ({@link ResilienceSettings}).
 */
@Timeout(value = 90, unit = TimeUnit.MINUTES)
class ScaleOutResilienceIT extends FleetTest {

    private static final ResilienceSettings SETTINGS = ResilienceSettings.fromSystemProperties(2_000);
    private static final List<String> KILLED = List.of("case-service#1", "notice-service#2", "contact-service#1");
    /** The @KafkaListener ids (= group ids) of case-service, notice-service and contact-service. */
    private static final List<String> GROUPS = List.of("corebanking-inbound", "case-events-inbound",
            "contact-projections");
    /** The tracking processors of case-service and notice-service (their ProcessorConfig). */
    private static final Map<String, List<String>> PROCESSORS = Map.of(
            "case-service", List.of("case-events-publisher", "case-view"),
            "notice-service", List.of("notice-events-publisher", "courier-handover", "sms-sending"));
    /** Claim timeout (10 s) + claim interval + a loaded machine's pauses. */
    private static final Duration TAKE_OVER = Duration.ofMinutes(2);

    @BeforeAll
    static void startTwoOfEach() throws Exception {
        startFleet(2);
    }

    @Test
    @DisplayName("Issue 8 scale-out: N/2 records (default 1,000), 2 instances of each service split the work (Kafka"
            + " partitions, the 2 segments of each of the 5 tracking processors, courier callbacks); 1 of each killed"
            + " (kill -9) mid-run and left down: the other owns every segment and partition, every effect once,"
            + " nothing twice, no due step missed")
    void theSurvivorsTakeOver() throws Exception {
        Feed feed = new Feed(SETTINGS.records() / 2, SETTINGS.loans() / 2);
        Databases databases = Databases.of(fleet);
        try (CoreBankingProducer producer = new CoreBankingProducer(fleet.bootstrapServers())) {
            feed.sendNext(producer, feed.size() / 2);
            log("fed " + feed.size() / 2 + " of " + feed.size() + " records");
            awaitCaseServiceWorking(databases);
            assertTheSegmentsAreShared(databases);
            assertTheGroupsAreSplit();
            Map<String, Long> survivors = survivors();
            kill(List.of("case-service#1", "contact-service#1"));
            feed.sendNext(producer, feed.size());
            log("fed the other " + (feed.size() - feed.size() / 2) + " records");
            // letters come with the later records: notice-service#2 dies once the courier has called it back
            awaitCallbacks("notice-service#2", Duration.ofMinutes(5));
            kill(List.of("notice-service#2"));
            assertTheSurvivorsOwnEverySegment(databases, survivors);
        }
        Settle.until(fleet, SETTINGS.settle(), Duration.ofSeconds(20), databases::fingerprint);
        var verdict = databases.check(fleet, feed);
        log("after the take-over, " + verdict);
        assertThat(verdict.violations()).as("invariants after the take-over").isEmpty();
        assertThat(verdict.counts().get("letters")).as("letters issued").isPositive();
        assertBothNoticeServicesGotCallbacks();
    }

    private static void kill(List<String> instances) {
        for (String instance : instances) {
            fleet.kill(instance);
            log("killed " + instance + " (SIGKILL), not restarted");
        }
    }

    /** The kill comes mid-run: case-service has applied records of the first half. */
    private static void awaitCaseServiceWorking(Databases databases) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (databases.cases().count("SELECT count(*) FROM processed_message") == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
        }
    }

    /** Before the kill: of every tracking processor, each instance owns a segment (the balancer's doing). */
    private static void assertTheSegmentsAreShared(Databases databases) throws Exception {
        for (var service : PROCESSORS.entrySet()) {
            Set<Long> pids = Set.of(fleet.pid(service.getKey() + "#1"), fleet.pid(service.getKey() + "#2"));
            TokenClaims claims = claims(databases, service.getKey());
            Map<String, List<Long>> owners = claims.awaitShared(pids, Duration.ofMinutes(3));
            log(service.getKey() + " segment owners before the kill (pids " + pids + "): "
                    + TokenClaims.describe(owners));
            assertThat(TokenClaims.shared(owners, pids)).as(service.getKey() + ": both instances " + pids
                    + " own a segment of every tracking processor: " + owners).isTrue();
        }
    }

    /** After the kill: the survivor owns every segment of every processor, the killed one's claims included. */
    private static void assertTheSurvivorsOwnEverySegment(Databases databases, Map<String, Long> survivors)
            throws Exception {
        for (var service : PROCESSORS.keySet()) {
            long survivor = survivors.get(service);
            Map<String, List<Long>> owners = claims(databases, service).awaitAllOwnedBy(survivor, TAKE_OVER);
            log(service + " segment owners after the kill (survivor pid " + survivor + "): "
                    + TokenClaims.describe(owners));
            assertThat(TokenClaims.allOwnedBy(owners, survivor)).as(service + ": the survivor (pid " + survivor
                    + ") owns every segment: " + owners).isTrue();
        }
    }

    private static Map<String, Long> survivors() {
        Map<String, Long> survivors = new TreeMap<>();
        for (String service : PROCESSORS.keySet()) {
            String survivor = KILLED.contains(service + "#1") ? service + "#2" : service + "#1";
            survivors.put(service, fleet.pid(survivor));
        }
        return survivors;
    }

    private static TokenClaims claims(Databases databases, String service) {
        return new TokenClaims(service.equals("case-service") ? databases.cases() : databases.notice(),
                PROCESSORS.get(service));
    }

    /** The courier's callbacks that were accepted, by the notice-service instance they went to: both have some. */
    private static void assertBothNoticeServicesGotCallbacks() throws Exception {
        Map<String, Long> sentTo = callbacksAccepted();
        log("courier callbacks accepted, by notice-service instance: " + sentTo);
        for (String instance : List.of("notice-service#1", "notice-service#2")) {
            assertThat(sentTo.getOrDefault(callbackUrl(instance), 0L)).as("courier callbacks accepted by "
                    + instance + " (" + callbackUrl(instance) + "): " + sentTo).isPositive();
        }
    }

    /** Bounded: the final assertion tells if the instance never got one. */
    private static void awaitCallbacks(String instance, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> sentTo = callbacksAccepted();
        while (sentTo.getOrDefault(callbackUrl(instance), 0L) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            sentTo = callbacksAccepted();
        }
        log("courier callbacks accepted before killing " + instance + ": " + sentTo);
    }

    private static Map<String, Long> callbacksAccepted() throws Exception {
        Map<String, Long> sentTo = new TreeMap<>();
        NoticeChecks.shipments(fleet.simulatorsUrl()).forEach(s -> {
            if (s.path("callback").asText().equals("SENT")) {
                sentTo.merge(s.path("callbackTarget").asText(), 1L, Long::sum);
            }
        });
        return sentTo;
    }

    private static String callbackUrl(String instance) {
        return "http://localhost:" + fleet.spec(instance).port() + "/courier/callbacks";
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

}

package io.dunning.deploy.bench;

import io.dunning.events.Topics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where every stage of the pipeline is during a benchmark run: consumer-group lags (Kafka Admin), the event store's
 * head and the publisher's token (case database), letters waiting for the courier (notice database).
 */
final class BenchStages {

    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

    private BenchStages() {
    }

    /**
     * Where every stage is. {@code headIndex} is the event store's highest global index, which also counts index
     * values burnt by rolled-back transactions, so it is no count of events; {@code storedEvents} is the count of
     * stored events (-1 while the cheaper conditions are not met yet: it is counted only when it can decide), and
     * {@code published} the records on dunning.case-events.v1 (every stored event is published once; more after a
     * redelivery).
     */
    record Stages(long inboundLag, long headIndex, long storedEvents, long publisherAt, long published,
                  long noticeLag, long contactLag, long lettersIssued, long lettersTotal) {

        /** Every stage caught up: the publisher's token at the head and at least every stored event published. */
        boolean caughtUp() {
            return headCaughtUp() && storedEvents >= 0 && published >= storedEvents;
        }

        private boolean headCaughtUp() {
            return inboundLag == 0 && publisherAt >= headIndex && noticeLag == 0 && contactLag == 0
                    && lettersIssued == 0;
        }

        @Override
        public String toString() {
            String stored = storedEvents < 0 ? "?" : String.format(Locale.ROOT, "%,d", storedEvents);
            return String.format(Locale.ROOT, "inbound lag %,d | events stored %s (head #%,d), publisher at #%,d,"
                    + " on topic %,d | notice lag %,d | contact lag %,d | letters %,d (%,d waiting)", inboundLag,
                    stored, headIndex, publisherAt, published,
                    noticeLag, contactLag, lettersTotal, lettersIssued);
        }
    }

    static Stages read(Admin admin, Connection caseDb, Connection noticeDb) throws Exception {
        long[] letters = new long[2];
        try (Statement statement = noticeDb.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FILTER (WHERE state = 'ISSUED'), count(*) FROM letter_archive")) {
            rows.next();
            letters[0] = rows.getLong(1);
            letters[1] = rows.getLong(2);
        }
        Stages stages = new Stages(groupLag(admin, BenchRun.INBOUND_GROUP, Topics.CORE_BANKING_LOAN_EVENTS),
                queryLong(caseDb, "SELECT coalesce(max(global_index), 0) FROM domain_event_entry"), -1,
                publisherPosition(caseDb), endOffsets(admin, Topics.CASE_EVENTS),
                groupLag(admin, BenchRun.NOTICE_GROUP, Topics.CASE_EVENTS),
                groupLag(admin, BenchRun.CONTACT_GROUP, Topics.CASE_EVENTS), letters[0], letters[1]);
        return stages.headCaughtUp() ? withCount(stages, caseDb) : stages;
    }

    /** As {@link #read} with the stored events always counted (for the report). */
    static Stages readCounted(Admin admin, Connection caseDb, Connection noticeDb) throws Exception {
        Stages stages = read(admin, caseDb, noticeDb);
        return stages.storedEvents() >= 0 ? stages : withCount(stages, caseDb);
    }

    private static Stages withCount(Stages s, Connection caseDb) throws SQLException {
        return new Stages(s.inboundLag(), s.headIndex(), queryLong(caseDb, "SELECT count(*) FROM domain_event_entry"),
                s.publisherAt(), s.published(), s.noticeLag(), s.contactLag(), s.lettersIssued(), s.lettersTotal());
    }

    /**
     * Polls every 500 ms until every stage is caught up twice in a row or {@code deadlineNanos} passes;
     * {@code progress} gets the stages every 5 s. Returns the time (nanoTime) of the first of the two reads, or
     * empty at the deadline.
     */
    static OptionalLong awaitCaughtUp(Admin admin, Connection caseDb, Connection noticeDb, long deadlineNanos,
                                      Consumer<Stages> progress) throws Exception {
        long lastProgress = System.nanoTime();
        long firstCaughtUp = 0;
        int consecutive = 0;
        while (System.nanoTime() < deadlineNanos) {
            Stages stages = read(admin, caseDb, noticeDb);
            if (stages.caughtUp()) {
                if (consecutive++ == 0) {
                    firstCaughtUp = System.nanoTime();
                }
                if (consecutive >= 2) {
                    return OptionalLong.of(firstCaughtUp);
                }
            } else {
                consecutive = 0;
            }
            if (System.nanoTime() - lastProgress > 5_000_000_000L) {
                lastProgress = System.nanoTime();
                progress.accept(stages);
            }
            Thread.sleep(500);
        }
        return OptionalLong.empty();
    }

    private static long queryLong(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The lowest index the publisher's segments have reached (its Jackson-serialized tracking tokens). */
    private static long publisherPosition(Connection caseDb) throws SQLException {
        long lowest = Long.MAX_VALUE;
        boolean any = false;
        try (var query = caseDb.prepareStatement(
                "SELECT convert_from(token, 'UTF8') FROM token_entry WHERE processor_name = ?")) {
            query.setString(1, BenchRun.PUBLISHER);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String token = rows.getString(1);
                    Matcher index = token == null ? null : TOKEN_INDEX.matcher(token);
                    lowest = Math.min(lowest, index != null && index.find() ? Long.parseLong(index.group(1)) : -1);
                    any = true;
                }
            }
        }
        return any ? lowest : -1;
    }

    static Map<String, Long> letters(Connection noticeDb) throws SQLException {
        Map<String, Long> byState = new TreeMap<>();
        try (Statement statement = noticeDb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state, count(*) FROM letter_archive GROUP BY state")) {
            while (rows.next()) {
                byState.put(rows.getString(1), rows.getLong(2));
            }
        }
        return byState;
    }

    private static long groupLag(Admin admin, String group, String topic) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> ends = endOffsetsByPartition(admin, topic);
            return ends.entrySet().stream().mapToLong(end -> {
                OffsetAndMetadata done = committed.get(end.getKey());
                return end.getValue() - (done == null ? 0 : done.offset());
            }).sum();
        } catch (ExecutionException e) {
            return Long.MAX_VALUE;
        }
    }

    static long endOffsets(Admin admin, String topic) throws InterruptedException {
        try {
            return endOffsetsByPartition(admin, topic).values().stream().mapToLong(Long::longValue).sum();
        } catch (ExecutionException e) {
            return -1;
        }
    }

    private static Map<TopicPartition, Long> endOffsetsByPartition(Admin admin, String topic)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

}

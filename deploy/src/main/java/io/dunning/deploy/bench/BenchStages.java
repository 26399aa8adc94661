package io.dunning.deploy.bench;

import io.dunning.events.Topics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
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

    /** Where every stage is. */
    record Stages(long inboundLag, long storedEvents, long publisherAt, long noticeLag, long contactLag,
                  long lettersIssued, long lettersTotal) {

        boolean caughtUp() {
            return inboundLag == 0 && publisherAt >= storedEvents && noticeLag == 0 && contactLag == 0
                    && lettersIssued == 0;
        }

        @Override
        public String toString() {
            return String.format("inbound lag %,d | events stored %,d, published to #%,d | notice lag %,d | "
                    + "contact lag %,d | letters %,d (%,d waiting)", inboundLag, storedEvents, publisherAt, noticeLag,
                    contactLag, lettersTotal, lettersIssued);
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
        return new Stages(groupLag(admin, BenchRun.INBOUND_GROUP, Topics.CORE_BANKING_LOAN_EVENTS), maxGlobalIndex(caseDb),
                publisherPosition(caseDb), groupLag(admin, BenchRun.NOTICE_GROUP, Topics.CASE_EVENTS),
                groupLag(admin, BenchRun.CONTACT_GROUP, Topics.CASE_EVENTS), letters[0], letters[1]);
    }

    private static long maxGlobalIndex(Connection caseDb) throws SQLException {
        try (Statement statement = caseDb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
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

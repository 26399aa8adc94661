package io.dunning.deploy.resilience.harness;

import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The event stores are the outboxes: every event of the published language in dunning_case and dunning_notice is on
 * its topic (ce_id = the event's identifier). A record may be there twice (publishing is at least once, consumers
 * absorb it), so copies are counted, not failed.
 */
public final class OutboxChecks {

    private final KafkaTopics kafka;

    public OutboxChecks(KafkaTopics kafka) {
        this.kafka = kafka;
    }

    public void check(Sql cases, Sql notice, Verdict verdict) throws Exception {
        check("case", cases, Topics.CASE_EVENTS, verdict);
        check("notice", notice, Topics.NOTICE_EVENTS, verdict);
        verdict.count("records on the .DLT topics", kafka.readAll(List.of(
                Topics.deadLetterTopicOf(Topics.CORE_BANKING_LOAN_EVENTS), Topics.deadLetterTopicOf(Topics.CASE_EVENTS),
                Topics.deadLetterTopicOf(Topics.NOTICE_EVENTS))).size());
    }

    private void check(String service, Sql store, String topic, Verdict verdict) throws Exception {
        Map<String, Integer> onTopic = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : kafka.readAll(List.of(topic))) {
            Header id = record.headers().lastHeader(CloudEventHeaders.ID);
            onTopic.merge(id == null ? "(none)" : new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
        }
        Set<String> stored = new HashSet<>(store.column(
                "SELECT event_identifier FROM domain_event_entry WHERE payload_type LIKE 'io.dunning.events.%'"));
        verdict.count(service + " events in the store (published language)", stored.size());
        verdict.count(topic + " records", onTopic.values().stream().mapToLong(Integer::longValue).sum());
        verdict.count(topic + " records published more than once",
                onTopic.values().stream().filter(n -> n > 1).count());
        verdict.expectNone(service + " events never published to " + topic,
                stored.stream().filter(id -> !onTopic.containsKey(id)).toList());
    }
}

package io.dunning.deploy.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dunning.events.CloudEventHeaders;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code java -jar deploy/target/dunning-local.jar watch <topic> [bootstrap-servers]}: prints every record
 * of a topic from the beginning, one line each ({@code ce_type key=... body}), until Ctrl-C. Obligors in
 * core-banking records are shown as party id, role and time zone only: no personal data on the console.
 */
public final class WatchCommand {

    private WatchCommand() {
    }

    public static int run(String[] args, String defaultBootstrapServers, PrintStream out) {
        if (args.length < 2) {
            out.println("usage: java -jar deploy/target/dunning-local.jar watch <topic> [bootstrap-servers]");
            return 2;
        }
        String topic = args[1];
        String bootstrapServers = args.length > 2 ? args[2] : defaultBootstrapServers;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dunning-local-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            out.println("watching " + topic + " on " + bootstrapServers + " (Ctrl-C to stop)");
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    out.println(header(record, CloudEventHeaders.TYPE) + " key=" + record.key()
                            + " p" + record.partition() + "@" + record.offset() + " " + withoutPersonalData(record.value()));
                }
            }
        }
    }

    static String withoutPersonalData(String body) {
        try {
            JsonNode json = CoreBankingRecords.json().readTree(body);
            if (json instanceof ObjectNode object && object.get("obligors") instanceof ArrayNode obligors) {
                obligors.forEach(obligor -> {
                    if (obligor instanceof ObjectNode fields) {
                        fields.retain("partyId", "role", "timeZone");
                    }
                });
                return CoreBankingRecords.json().writeValueAsString(object);
            }
            return body;
        } catch (IOException notJson) {
            return body;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(no " + name + ")" : new String(header.value(), StandardCharsets.UTF_8);
    }
}

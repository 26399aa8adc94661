package io.dunning.deploy.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code java -jar deploy/target/dunning-local.jar send <ce_type> <file.json> [bootstrap-servers]}:
 * produces one record from a JSON file to the running launcher's broker, as core banking would.
 */
public final class SendCommand {

    private SendCommand() {
    }

    public static int run(String[] args, String defaultBootstrapServers, PrintStream out) throws Exception {
        if (args.length < 3) {
            out.println("usage: java -jar deploy/target/dunning-local.jar send <ce_type> <file.json> [bootstrap-servers]");
            out.println("  e.g. send LoanDelinquencyReported.v1 common-events/src/test/resources/examples/LoanDelinquencyReported.v1.json");
            return 2;
        }
        String ceType = args[1];
        String body = Files.readString(Path.of(args[2]));
        String bootstrapServers = args.length > 3 ? args[3] : defaultBootstrapServers;
        JsonNode json = parse(body);
        String loanId = text(json, "loanId", null);
        String eventId = text(json, "eventId", UUID.randomUUID().toString());
        try (CoreBankingProducer producer = new CoreBankingProducer(bootstrapServers)) {
            producer.sendAndWait(CoreBankingRecords.of(ceType, eventId, loanId, body, Instant.now()));
        }
        out.println("sent " + ceType + " for loan " + loanId + " (ce_id " + eventId + ") to " + bootstrapServers);
        return 0;
    }

    private static JsonNode parse(String body) {
        try {
            return CoreBankingRecords.json().readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode json, String field, String fallback) {
        return json != null && json.hasNonNull(field) ? json.get(field).asText() : fallback;
    }
}

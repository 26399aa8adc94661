package io.dunning.deploy.resilience.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.deploy.bench.BenchPortfolio;
import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The core-banking records of a reproducible portfolio ({@link BenchPortfolio}), sent in slices, and what the checks
 * need to know of them: every record's CloudEvents id and type, each loan's last reported days past due and its
 * number of guarantors.
 */
public final class Feed {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record sent. */
    public record Sent(String ceId, String ceType, String loanId) {
    }

    private final List<ProducerRecord<String, String>> records = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final Map<String, Integer> lastDaysPastDue = new LinkedHashMap<>();
    private final Map<String, Integer> guarantors = new HashMap<>();
    private final Map<String, Boolean> paidInFull = new HashMap<>();
    private int next;

    public Feed(int recordCount, int loanCount) {
        new BenchPortfolio(recordCount, loanCount).forEachRemaining(records::add);
    }

    public int size() {
        return records.size();
    }

    /** Sends the next {@code count} records (acks=all) and remembers them. */
    public void sendNext(CoreBankingProducer producer, int count) throws Exception {
        int end = Math.min(records.size(), next + count);
        for (; next < end; next++) {
            ProducerRecord<String, String> record = records.get(next);
            producer.send(record);
            remember(record);
        }
        producer.flush();
    }

    public boolean done() {
        return next == records.size();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The days past due of each loan's last delinquency report, for loans not paid in full afterwards. */
    public Map<String, Integer> lastDaysPastDueOfLoansInArrears() {
        Map<String, Integer> open = new LinkedHashMap<>(lastDaysPastDue);
        paidInFull.forEach((loan, paid) -> {
            if (paid) {
                open.remove(loan);
            }
        });
        return open;
    }

    public int guarantorsOf(String loanId) {
        return guarantors.getOrDefault(loanId, 0);
    }

    private void remember(ProducerRecord<String, String> record) throws Exception {
        String ceId = header(record, CloudEventHeaders.ID);
        String ceType = header(record, CloudEventHeaders.TYPE);
        sent.add(new Sent(ceId, ceType, record.key()));
        JsonNode body = JSON.readTree(record.value());
        if (body.has("daysPastDue")) {
            lastDaysPastDue.put(record.key(), body.path("daysPastDue").asInt());
            int count = 0;
            for (JsonNode obligor : body.path("obligors")) {
                count += obligor.path("role").asText().equals("GUARANTOR") ? 1 : 0;
            }
            guarantors.put(record.key(), count);
            paidInFull.put(record.key(), false);
        } else if (body.has("amount")) {
            JsonNode arrears = body.path("arrearsAfter");
            paidInFull.put(record.key(), arrears.path("principal").decimalValue().signum() == 0
                    && arrears.path("interest").decimalValue().signum() == 0);
        }
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

package io.dunning.cases.kafka;

import static io.dunning.cases.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.CaseServiceApplication;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.cases.support.TestInfrastructure;
import io.dunning.events.CloudEventHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closing case-service and starting a new instance on the same database and broker loses nothing and publishes
 * nothing twice. Runs on its own database, topics and consumer group so the shared test context cannot interfere.
 */
class RestartWithoutLossOrDuplicateIT {

    private static final String IN = "restart-it.corebanking.loan-events.v1";
    private static final String OUT = "restart-it.dunning.case-events.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void aRestartedServiceLosesNothingAndPublishesNothingTwice() {
        String loanId = CoreBankingFeed.newLoanId();
        String dpd30 = CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 30);

        try (ConfigurableApplicationContext first = start()) {
            send(loanId, CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 1));
            assertThat(KafkaTestClient.read(OUT, loanId, 3, TIMEOUT, Duration.ZERO)).hasSize(3);
            send(loanId, dpd30);
            // closed at once: whatever it has not finished, the next instance must
        }
        send(loanId, CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 60)); // while down
        try (ConfigurableApplicationContext second = start()) {
            send(loanId, dpd30); // redelivered: a duplicate
            send(loanId, CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 61)); // marker

            List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(OUT, loanId, 20, TIMEOUT,
                    Duration.ofSeconds(5));

            List<String> types = new ArrayList<>();
            published.forEach(r -> types.add(header(r, CloudEventHeaders.TYPE)));
            assertThat(types).containsExactly(
                    "CaseOpened.v1", "ReminderRequested.v1", "ReminderRequested.v1",
                    "DelinquencyUpdated.v1", "NoticeRequested.v1", "NoticeRequested.v1", "NoticeRequested.v1",
                    "DelinquencyUpdated.v1", "NoticeRequested.v1", "LitigationPrepared.v1",
                    "NoticeRequested.v1", "NoticeRequested.v1", "NoticeRequested.v1",
                    "NoticeRequested.v1", "NoticeRequested.v1", "AccelerationDeclared.v1",
                    "NoticeRequested.v1", "NoticeRequested.v1", "NoticeRequested.v1",
                    "DelinquencyUpdated.v1");
            assertThat(published).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        }
    }

    private static void send(String loanId, String body) {
        KafkaTestClient.send(IN, loanId, CoreBankingFeed.DELINQUENCY, body);
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = TestInfrastructure.properties("dunning_case_restart_it");
        properties.put("server.port", "0");
        properties.put("spring.kafka.consumer.group-id", "case-service-restart-it");
        properties.put("dunning.case.kafka.inbound-topic", IN);
        properties.put("dunning.case.kafka.case-events-topic", OUT);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CaseServiceApplication.class).run(args);
    }
}

package io.dunning.notice.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.notice.SmsFailed;
import io.dunning.notice.support.KafkaTestClient;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import io.dunning.notice.support.SmsProvider;
import io.dunning.simulators.Faults.Fault;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder SMS never goes out once the contact window the case permitted it in has closed (R6.1, ADR 0009), on
 * the real stack: embedded PostgreSQL and Kafka, the real SMS simulator. The window end ({@code sendBefore}) is set
 * against the service's own clock; the sending processor is held back (stopped, or failing on a provider outage)
 * until that clock has passed it, so the outcome never depends on timing.
 */
class SmsContactWindowIT extends NoticeServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("R6.1 an SMS whose window closed while it waited is SmsFailed OUTSIDE_CONTACT_WINDOW, never sent")
    void anSmsPastItsWindowIsNeverSent() throws Exception {
        ReminderRequested reminder = reminder(clock.instant().plusMillis(500));
        TrackingEventProcessor sending = processing.eventProcessor("sms-sending", TrackingEventProcessor.class)
                .orElseThrow();
        sending.shutDown();
        try {
            send(reminder);
            awaitClockPast(reminder.sendBefore());
        } finally {
            sending.start();
        }
        assertFailedOutsideWindow(reminder);
    }

    @Test
    @DisplayName("R6.1 a retry after a provider outage checks the window again: closed meanwhile, nothing is sent")
    void aRetryAfterAnOutageChecksTheWindowAgain() throws Exception {
        ReminderRequested reminder = reminder(clock.instant().plusSeconds(1));
        SmsProvider.server().faults().inject("sms", new Fault(503, null, false), 100_000);
        try {
            send(reminder);
            awaitClockPast(reminder.sendBefore());
        } finally {
            SmsProvider.server().faults().clear();
        }
        assertFailedOutsideWindow(reminder);
    }

    @Test
    @DisplayName("R6.1 R1.10 the case's new request for the next window is a new SMS, sent once; the old one stays")
    void theNewRequestForTheNextWindowIsSentOnce() throws Exception {
        ReminderRequested missed = reminder(clock.instant().minusSeconds(1));
        ReminderRequested anew = missed.sendingBefore(missed.sendBefore().plus(Duration.ofHours(14)));
        send(missed);
        assertFailedOutsideWindow(missed);

        send(anew);
        send(anew);
        send(missed);

        List<ConsumerRecord<String, byte[]>> published = noticeEvents(missed, 2, Duration.ofSeconds(2));
        assertThat(published).extracting(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE))
                .containsExactly("SmsFailed.v1", "SmsSent.v1");
        assertThat(objectMapper.readTree(published.get(1).value()).get("smsId").asText()).isEqualTo(smsIdOf(anew));
        assertThat(atTheProvider(smsIdOf(anew))).isEqualTo(1);
        assertThat(atTheProvider(smsIdOf(missed))).isZero();
    }

    private void assertFailedOutsideWindow(ReminderRequested reminder) throws IOException {
        List<ConsumerRecord<String, byte[]>> published = noticeEvents(reminder, 1, Duration.ofSeconds(1));
        assertThat(published).singleElement().satisfies(r ->
                assertThat(KafkaTestClient.header(r, CloudEventHeaders.TYPE)).isEqualTo("SmsFailed.v1"));
        var failed = objectMapper.readTree(published.get(0).value());
        assertThat(failed.get("reason").asText()).isEqualTo(SmsFailed.OUTSIDE_CONTACT_WINDOW);
        assertThat(failed.get("smsId").asText()).isEqualTo(smsIdOf(reminder));
        assertThat(Instant.parse(failed.get("failedAt").asText())).isAfterOrEqualTo(reminder.sendBefore());
        assertThat(atTheProvider(smsIdOf(reminder))).isZero();
    }

    private void awaitClockPast(Instant end) throws InterruptedException {
        while (clock.instant().isBefore(end)) {
            Thread.sleep(50);
        }
    }

    /** A reminder of a fresh case whose SMS the simulator accepts, in this window and in the next one. */
    private static ReminderRequested reminder(Instant sendBefore) {
        Instant next = sendBefore.plus(Duration.ofHours(14));
        return Stream.generate(() -> new ReminderRequested(new CaseId(UUID.randomUUID().toString()),
                        new LoanId("LN-" + UUID.randomUUID()), LadderStep.SMS_REMINDER, ReminderChannel.SMS,
                        new PartyId("P-" + UUID.randomUUID()), ObligorRole.BORROWER, 1, "2026.1", sendBefore))
                .filter(r -> !SmsProvider.refuses(smsIdOf(r)) && !SmsProvider.refuses(smsIdOf(r.sendingBefore(next))))
                .findFirst().orElseThrow();
    }

    private static String smsIdOf(ReminderRequested reminder) {
        return SmsIds.of(reminder.caseId(), reminder.step(), reminder.recipient(), reminder.sendBefore());
    }

    private static long atTheProvider(String smsId) {
        return SmsProvider.server().sms().messages().stream().filter(m -> m.smsId().equals(smsId)).count();
    }

    private List<ConsumerRecord<String, byte[]>> noticeEvents(ReminderRequested reminder, int expected,
                                                             Duration settle) {
        return KafkaTestClient.read(Topics.NOTICE_EVENTS, reminder.loanId().value(), expected, WAIT, settle);
    }

    private void send(ReminderRequested reminder) throws IOException {
        KafkaTestClient.send(Topics.CASE_EVENTS, reminder.loanId().value(), UUID.randomUUID().toString(),
                "ReminderRequested.v1", objectMapper.writeValueAsBytes(reminder));
    }
}

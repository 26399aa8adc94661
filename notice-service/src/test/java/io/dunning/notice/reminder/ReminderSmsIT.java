package io.dunning.notice.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.notice.support.KafkaTestClient;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import io.dunning.notice.support.SmsProvider;
import io.dunning.simulators.sms.SmsSimulator.MessageView;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
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
 * From ReminderRequested on dunning.case-events.v1 to the real SMS simulator (over HTTP on loopback) and SmsSent,
 * SmsFailed or DispatchCancelled on dunning.notice-events.v1, on the embedded PostgreSQL and Kafka.
 */
class ReminderSmsIT extends NoticeServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MeterRegistry meters;

    @Test
    @DisplayName("R1.1 R1.10 an SMS reminder goes out once, whatever the redelivery (same ce_id or a new one)")
    void anSmsReminderGoesOutOnceWhateverTheRedelivery() throws IOException {
        ReminderRequested reminder = reminder(ReminderChannel.SMS, false);
        String smsId = smsIdOf(reminder);
        String ceId = UUID.randomUUID().toString();
        double sentBefore = counted("sent");

        send(reminder, ceId);
        send(reminder, ceId);
        send(reminder, UUID.randomUUID().toString());

        List<ConsumerRecord<String, byte[]>> published = noticeEvents(reminder, 1, Duration.ofSeconds(3));
        assertThat(published).singleElement().satisfies(r ->
                assertThat(KafkaTestClient.header(r, CloudEventHeaders.TYPE)).isEqualTo("SmsSent.v1"));
        JsonNode sent = objectMapper.readTree(published.get(0).value());
        assertThat(sent.get("smsId").asText()).isEqualTo(smsId);
        assertThat(sent.get("caseId").asText()).isEqualTo(reminder.caseId().value());
        assertThat(sent.get("step").asText()).isEqualTo("SMS_REMINDER");
        assertThat(atTheProvider(smsId)).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo(sent.get("providerMessageId").asText());
            assertThat(m.idempotencyKey()).isEqualTo(smsId);
            assertThat(m.recipientRef()).isEqualTo(reminder.recipient().value());
            assertThat(m.template()).isEqualTo(ReminderText.TEMPLATE);
            assertThat(m.textLength()).isEqualTo(ReminderText.render(reminder.loanId()).length());
        });
        assertThat(counted("sent")).isEqualTo(sentBefore + 1);
    }

    @Test
    @DisplayName("R1.1 a phone reminder is the collectors' work: acknowledged, nothing sent")
    void aPhoneReminderSendsNothing() {
        ReminderRequested phone = reminder(ReminderChannel.PHONE, false);
        ReminderRequested sms = new ReminderRequested(phone.caseId(), phone.loanId(), LadderStep.SMS_REMINDER,
                ReminderChannel.SMS, phone.recipient(), ObligorRole.BORROWER, 1, "2026.1");
        assertThat(SmsProvider.refuses(smsIdOf(sms))).as("pick another party").isFalse();

        send(phone, UUID.randomUUID().toString());
        send(sms, UUID.randomUUID().toString()); // same loan, same partition: behind the phone reminder

        assertThat(noticeEvents(phone, 1, Duration.ofSeconds(2))).singleElement().satisfies(r ->
                assertThat(KafkaTestClient.header(r, CloudEventHeaders.TYPE)).isEqualTo("SmsSent.v1"));
        assertThat(atTheProvider(smsIdOf(phone))).isEmpty();
        assertThat(atTheProvider(smsIdOf(sms))).hasSize(1);
    }

    @Test
    @DisplayName("an SMS the provider refuses (422 UNDELIVERABLE) is SmsFailed with the reason, not retried")
    void aRefusedSmsIsRecordedAsFailed() throws IOException {
        ReminderRequested reminder = reminder(ReminderChannel.SMS, true);
        double failedBefore = counted("failed");

        send(reminder, UUID.randomUUID().toString());

        List<ConsumerRecord<String, byte[]>> published = noticeEvents(reminder, 1, Duration.ofSeconds(2));
        assertThat(published).singleElement().satisfies(r ->
                assertThat(KafkaTestClient.header(r, CloudEventHeaders.TYPE)).isEqualTo("SmsFailed.v1"));
        assertThat(objectMapper.readTree(published.get(0).value()).get("reason").asText())
                .isEqualTo("REJECTED 422 UNDELIVERABLE");
        assertThat(atTheProvider(smsIdOf(reminder))).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo("REFUSED"));
        assertThat(counted("failed")).isEqualTo(failedBefore + 1);
    }

    @Test
    @DisplayName("R1.11 a cure before sending cancels the SMS: DispatchCancelled, nothing sent")
    void aCureBeforeSendingCancelsTheSms() {
        ReminderRequested reminder = reminder(ReminderChannel.SMS, false);
        ReminderRequested later = reminder(ReminderChannel.SMS, false);
        TrackingEventProcessor sending = processing
                .eventProcessor("sms-sending", TrackingEventProcessor.class).orElseThrow();
        sending.shutDown();
        try {
            send(reminder, UUID.randomUUID().toString());
            send(new CaseCured(reminder.caseId(), reminder.loanId(), LocalDate.now(), "pay-1"),
                    reminder.loanId(), UUID.randomUUID().toString(), "CaseCured.v1");
            assertThat(noticeEvents(reminder, 1, Duration.ZERO)).singleElement().satisfies(r ->
                    assertThat(KafkaTestClient.header(r, CloudEventHeaders.TYPE)).isEqualTo("DispatchCancelled.v1"));
        } finally {
            sending.start();
        }
        send(later, UUID.randomUUID().toString());
        assertThat(noticeEvents(later, 1, Duration.ZERO)).hasSize(1); // the processor went past the cancelled SMS

        assertThat(atTheProvider(smsIdOf(reminder))).isEmpty();
        assertThat(noticeEvents(reminder, 1, Duration.ofSeconds(1))).hasSize(1);
    }

    /** A reminder to a fresh borrower of a fresh case and loan whose SMS the simulator refuses or not. */
    private static ReminderRequested reminder(ReminderChannel channel, boolean refused) {
        LadderStep step = channel == ReminderChannel.SMS ? LadderStep.SMS_REMINDER : LadderStep.PHONE_REMINDER;
        return Stream.generate(() -> new ReminderRequested(new CaseId(UUID.randomUUID().toString()),
                        new LoanId("LN-" + UUID.randomUUID()), step, channel, new PartyId("P-" + UUID.randomUUID()),
                        ObligorRole.BORROWER, 1, "2026.1"))
                .filter(r -> SmsProvider.refuses(SmsIds.of(r.caseId(), LadderStep.SMS_REMINDER, r.recipient()))
                        == refused)
                .findFirst().orElseThrow();
    }

    private static String smsIdOf(ReminderRequested reminder) {
        return SmsIds.of(reminder.caseId(), reminder.step(), reminder.recipient());
    }

    private static List<MessageView> atTheProvider(String smsId) {
        return SmsProvider.server().sms().messages().stream().filter(m -> m.smsId().equals(smsId)).toList();
    }

    private List<ConsumerRecord<String, byte[]>> noticeEvents(ReminderRequested reminder, int expected,
                                                             Duration settle) {
        return KafkaTestClient.read(Topics.NOTICE_EVENTS, reminder.loanId().value(), expected, WAIT, settle);
    }

    private double counted(String outcome) {
        var counter = meters.find("dunning.notice.sms.reminders").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private void send(ReminderRequested reminder, String ceId) {
        send(reminder, reminder.loanId(), ceId, "ReminderRequested.v1");
    }

    private void send(Object event, LoanId loan, String ceId, String ceType) {
        try {
            KafkaTestClient.send(Topics.CASE_EVENTS, loan.value(), ceId, ceType, objectMapper.writeValueAsBytes(event));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

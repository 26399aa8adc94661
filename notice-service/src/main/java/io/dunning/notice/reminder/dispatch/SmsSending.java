package io.dunning.notice.reminder.dispatch;

import io.dunning.events.notice.SmsFailed;
import io.dunning.notice.reminder.RecordSmsFailed;
import io.dunning.notice.reminder.RecordSmsSent;
import io.dunning.notice.reminder.ReminderText;
import io.dunning.notice.reminder.SmsRequested;
import io.dunning.notice.reminder.SubmitSms;
import io.dunning.notice.sms.SmsGateway;
import io.dunning.notice.sms.SmsGateway.Sms;
import io.dunning.notice.sms.SmsGateway.SmsReceipt;
import io.dunning.notice.sms.SmsRejected;
import io.dunning.notice.sms.SmsUnavailable;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends every requested SMS through the {@link SmsGateway} and records the outcome on the SmsMessage. Runs in its
 * own tracking processor {@value #PROCESSING_GROUP}. First the SMS is submitted (the aggregate says whether it may
 * still go: a cancelled or settled one is skipped, so a replay sends nothing); the idempotency key is the SMS id, so
 * a retry after a crash between the send and its record gets the same provider message, never a second SMS.
 * An SMS whose contact window closed (its {@code sendBefore}, R6.1, ADR 0009) is never handed over: checked against
 * the clock right before every attempt, a retry after an outage included, it is SmsFailed OUTSIDE_CONTACT_WINDOW.
 * A refusal (4xx, e.g. UNDELIVERABLE) is final and recorded as SmsFailed with the reason. A provider still
 * unreachable after the adapter's bounded retries is an outage, not a verdict on this SMS: the handler rethrows, the
 * processor (PropagatingErrorHandler) backs off and tries again later with the same idempotency key.
 * <p>
 * The recipient reference given to the provider is the party reference: phone numbers live in the party store,
 * which comes with a later issue (DESIGN.md 3); until then the provider resolves the party.
 */
@Component
@ProcessingGroup(SmsSending.PROCESSING_GROUP)
class SmsSending {

    static final String PROCESSING_GROUP = "sms-sending";
    private static final Logger log = LoggerFactory.getLogger(SmsSending.class);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final SmsGateway gateway;
    private final CommandGateway commands;
    private final Clock clock;
    private final SmsReminderMetrics metrics;

    SmsSending(SmsGateway gateway, CommandGateway commands, Clock clock, SmsReminderMetrics metrics) {
        this.gateway = gateway;
        this.commands = commands;
        this.clock = clock;
        this.metrics = metrics;
    }

    @EventHandler
    void on(SmsRequested sms) {
        if (!Boolean.TRUE.equals(commands.sendAndWait(new SubmitSms(sms.smsId())))) {
            log.info("SMS {} of case {} of loan {} was cancelled or settled before sending; skipped", sms.smsId(),
                    sms.caseId().value(), sms.loanId().value());
            return;
        }
        if (sms.sendBefore() != null && !clock.instant().isBefore(sms.sendBefore())) {
            fail(sms, SmsFailed.OUTSIDE_CONTACT_WINDOW);
            return;
        }
        SmsReceipt receipt;
        try {
            receipt = gateway.send(new Sms(sms.smsId(), sms.recipient().value(), sms.template(),
                    ReminderText.render(sms.loanId()))).block(PATIENCE);
        } catch (SmsRejected e) {
            fail(sms, "REJECTED " + e.status() + " " + e.code());
            return;
        } catch (SmsUnavailable e) {
            log.warn("SMS provider unavailable for SMS {} of case {} of loan {} after {} attempts; will retry",
                    sms.smsId(), sms.caseId().value(), sms.loanId().value(), e.attempts());
            throw e;
        }
        commands.sendAndWait(new RecordSmsSent(sms.smsId(), receipt.messageId(), receipt.acceptedAt()));
        metrics.count("sent");
        log.info("SMS {} of case {} of loan {} sent as {}", sms.smsId(), sms.caseId().value(), sms.loanId().value(),
                receipt.messageId());
    }

    private void fail(SmsRequested sms, String reason) {
        commands.sendAndWait(new RecordSmsFailed(sms.smsId(), reason, clock.instant()));
        metrics.count("failed");
        log.warn("SMS {} of case {} of loan {} failed: {}", sms.smsId(), sms.caseId().value(), sms.loanId().value(),
                reason);
    }
}

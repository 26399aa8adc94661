package io.dunning.notice.reminder.dispatch;

import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.notice.reminder.CancelSms;
import io.dunning.notice.reminder.ReleaseSms;
import io.dunning.notice.reminder.ReminderText;
import io.dunning.notice.reminder.RequestSms;
import io.dunning.notice.reminder.SmsIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's reminders, in the caller's (the Kafka record's) transaction. An SMS reminder is claimed once per
 * (case, step, recipient) and becomes an {@code SmsMessage}, sent later by {@link SmsSending}; the case's new request
 * of a reminder whose SMS missed its contact window (ADR 0009) is a new SMS taking over the claim. Phone reminders are
 * the collectors' work, not ours: skipped. A cure cancels the SMS not yet handed to the provider (R1.11).
 * Logs name case, loan and SMS id, never the recipient.
 */
@Component
public class SmsReminders {

    static final String CURED = "case cured";
    private static final Logger log = LoggerFactory.getLogger(SmsReminders.class);

    private final SmsClaims claims;
    private final CommandGateway commands;
    private final SmsReminderMetrics metrics;

    SmsReminders(SmsClaims claims, CommandGateway commands, SmsReminderMetrics metrics) {
        this.claims = claims;
        this.commands = commands;
        this.metrics = metrics;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void request(ReminderRequested reminder) {
        if (reminder.channel() != ReminderChannel.SMS) {
            log.info("{} reminder of case {} of loan {} is for the collectors; skipped", reminder.channel(),
                    reminder.caseId().value(), reminder.loanId().value());
            return;
        }
        String smsId = SmsIds.of(reminder.caseId(), reminder.step(), reminder.recipient(), reminder.sendBefore());
        if (!claims.claim(reminder, smsId) && !reclaimed(reminder, smsId)) {
            log.info("SMS {} ({}) of case {} of loan {} was requested before; skipped", smsId, reminder.step(),
                    reminder.caseId().value(), reminder.loanId().value());
            return;
        }
        commands.sendAndWait(new RequestSms(smsId, reminder.caseId(), reminder.loanId(), reminder.step(),
                reminder.recipient(), reminder.recipientRole(), ReminderText.TEMPLATE, reminder.sendBefore()));
        metrics.count("requested");
        log.info("SMS {} ({}) requested for case {} of loan {}", smsId, reminder.step(), reminder.caseId().value(),
                reminder.loanId().value());
    }

    /** A new request of a reminder whose earlier SMS missed its contact window takes over that SMS's claim. */
    private boolean reclaimed(ReminderRequested reminder, String smsId) {
        return claims.claimedSms(reminder).filter(earlier -> !earlier.equals(smsId))
                .filter(earlier -> Boolean.TRUE.equals(commands.sendAndWait(new ReleaseSms(earlier))))
                .map(earlier -> claims.reclaim(reminder, earlier, smsId))
                .orElse(false);
    }

    /** @return how many SMS were cancelled */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelPending(CaseCured cure) {
        int cancelled = 0;
        for (String smsId : claims.smsOfCase(cure.caseId())) {
            if (Boolean.TRUE.equals(commands.sendAndWait(new CancelSms(smsId, CURED)))) {
                cancelled++;
                metrics.count("cancelled");
                log.info("SMS {} of case {} of loan {} cancelled: case cured", smsId, cure.caseId().value(),
                        cure.loanId().value());
            }
        }
        return cancelled;
    }
}

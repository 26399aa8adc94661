package io.dunning.notice.kafka;

import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.notice.issuing.CureCancellation;
import io.dunning.notice.issuing.NoticeIntake;
import io.dunning.notice.reminder.dispatch.SmsReminders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one case event exactly once: in ONE transaction it records the CloudEvents id in processed_message (a
 * conflict means a redelivery: skip) and issues the letter or cancels the pending ones. Axon's unit of work joins
 * the transaction, so the processed id, the dispatch claim, the letter number, the archive and the events commit
 * together, or not at all and the record is retried. Reminders and cures of reminder SMS likewise.
 */
@Component
class CaseEventHandler {

    static final String CONSUMER = "notice-service.case-events";

    private final TransactionTemplate transaction;
    private final ProcessedMessages processedMessages;
    private final NoticeIntake intake;
    private final CureCancellation cures;
    private final SmsReminders reminders;

    CaseEventHandler(TransactionTemplate transaction, ProcessedMessages processedMessages, NoticeIntake intake,
                     CureCancellation cures, SmsReminders reminders) {
        this.transaction = transaction;
        this.processedMessages = processedMessages;
        this.intake = intake;
        this.cures = cures;
        this.reminders = reminders;
    }

    /** @return true if applied, false if the message was processed before */
    boolean apply(String messageId, Object event) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!processedMessages.markProcessed(CONSUMER, messageId)) {
                return false;
            }
            if (event instanceof NoticeRequested notice) {
                intake.issue(notice);
            } else if (event instanceof ReminderRequested reminder) {
                reminders.request(reminder);
            } else if (event instanceof CaseCured cure) {
                cures.cancelPendingLetters(cure);
                reminders.cancelPending(cure);
            }
            return true;
        }));
    }
}

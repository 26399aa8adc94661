package io.dunning.cases.kafka;

import io.dunning.cases.dispatch.TimedCommandSender;
import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.notice.NoticeEvent;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one valid notice event to its case exactly once, as {@link CoreBankingRecordHandler} does for core
 * banking: in ONE Spring transaction it records the CloudEvents id in processed_message under its own consumer name
 * (a conflict means a duplicate: skip) and sends the command synchronously, so the case's events and the processed
 * id commit together or not at all. A case this service does not know makes the record invalid (to the DLT).
 */
@Component
class NoticeRecordHandler {

    static final String CONSUMER = "case-service.notice-events";
    private static final Logger log = LoggerFactory.getLogger(NoticeRecordHandler.class);

    private final TransactionTemplate transaction;
    private final ProcessedMessages processedMessages;
    private final TimedCommandSender commands;

    NoticeRecordHandler(TransactionTemplate transaction, ProcessedMessages processedMessages,
                        TimedCommandSender commands) {
        this.transaction = transaction;
        this.processedMessages = processedMessages;
        this.commands = commands;
    }

    /** @return true if applied, false if the record was a duplicate */
    boolean apply(String ceId, NoticeEvent event, Object command) {
        try {
            Boolean applied = transaction.execute(status -> {
                if (!processedMessages.markProcessed(CONSUMER, ceId)) {
                    log.info("Duplicate notice event {} for case {} skipped", ceId, event.caseId());
                    return false;
                }
                commands.sendAndWait(command);
                log.info("Notice event {} recorded on case {} of loan {} as {}", ceId, event.caseId(),
                        event.loanId(), command.getClass().getSimpleName());
                return true;
            });
            return Boolean.TRUE.equals(applied);
        } catch (RuntimeException e) {
            if (DeadLetterReasons.find(e, AggregateNotFoundException.class).isPresent()) {
                throw new InvalidRecordException(Reason.UNKNOWN_CASE, "no case " + event.caseId());
            }
            throw e;
        }
    }
}

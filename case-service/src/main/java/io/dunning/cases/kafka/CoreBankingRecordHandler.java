package io.dunning.cases.kafka;

import io.dunning.cases.dispatch.TimedCommandSender;
import io.dunning.cases.lookup.OpenCaseByLoan;
import io.dunning.cases.party.PartyStore;
import io.dunning.events.common.LoanId;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one valid core-banking record exactly once: in ONE Spring transaction it records the event id in
 * processed_message (a conflict means a duplicate: skip) and sends the command synchronously. Axon's unit of work
 * joins this transaction (SpringTransactionManager, propagation REQUIRED), so the appended events, the open-case
 * lookup row, the processed id, the loan's reported standing (ReportedStandings) and the obligors' encrypted personal data (party store) commit together, or not at
 * all and the record is retried.
 */
@Component
class CoreBankingRecordHandler {

    static final String CONSUMER = "case-service.corebanking";
    private static final Logger log = LoggerFactory.getLogger(CoreBankingRecordHandler.class);

    private final TransactionTemplate transaction;
    private final ProcessedMessages processedMessages;
    private final OpenCaseByLoan openCases;
    private final TimedCommandSender commands;
    private final PartyStore parties;
    private final ReportedStandings standings;

    CoreBankingRecordHandler(TransactionTemplate transaction, ProcessedMessages processedMessages,
                             OpenCaseByLoan openCases, TimedCommandSender commands, PartyStore parties,
                             ReportedStandings standings) {
        this.transaction = transaction;
        this.processedMessages = processedMessages;
        this.openCases = openCases;
        this.commands = commands;
        this.parties = parties;
        this.standings = standings;
    }

    /** @return true if applied, false if the record was a duplicate */
    boolean apply(String eventId, String loanId, Object record) {
        Boolean applied = transaction.execute(status -> {
            if (!processedMessages.markProcessed(CONSUMER, eventId)) {
                log.info("Duplicate core-banking event {} for loan {} skipped", eventId, loanId);
                return false;
            }
            standings.checkAndRecord(record);
            Object command = CoreBankingCommands.commandFor(record, openCases.openCaseOf(new LoanId(loanId)));
            String caseId = CoreBankingCommands.caseIdOf(command).value();
            if (record instanceof LoanDelinquencyReported r) {
                CoreBankingCommands.personalData(r).forEach((party, data) ->
                        parties.record(party, data, r.asOf(), eventId));
            }
            try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId)) {
                commands.sendAndWait(command);
                log.info("Core-banking event {} applied to case {} of loan {} as {}", eventId, caseId, loanId,
                        command.getClass().getSimpleName());
            }
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}

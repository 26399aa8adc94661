package io.dunning.cases.kafka;

import io.dunning.cases.collection.ReportDelinquency;
import io.dunning.cases.dispatch.TimedCommandSender;
import io.dunning.cases.lookup.OpenCaseByLoan;
import io.dunning.events.common.LoanId;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one valid core-banking record exactly once, in the caller's Spring transaction (a chunk of the poll, see
 * CoreBankingBatchListener) or else in its own: it records the event id as processed (one seen before is a
 * duplicate: skipped), checks the loan's reported standing, keeps the obligors' personal data for the party store
 * and sends the command synchronously. Axon's unit of work joins this transaction (SpringTransactionManager,
 * propagation REQUIRED), so the appended events, the open-case lookup row, the processed id, the loan's reported
 * standing and the obligors' encrypted personal data commit together, or not at all and the record is retried.
 * The reads and writes besides the command go through the transaction's {@link CoreBankingChunk}, a query per
 * table for the whole chunk.
 * <p>
 * Logs: a routine daily report at DEBUG (the chunk logs a summary line at INFO); anything else that happened to a
 * case (opened, paid, closed) and every duplicate at INFO, naming event, case and loan, never personal data.
 */
@Component
class CoreBankingRecordHandler {

    static final String CONSUMER = "case-service.corebanking";
    private static final Logger log = LoggerFactory.getLogger(CoreBankingRecordHandler.class);

    private final TransactionTemplate transaction;
    private final CoreBankingChunks chunks;
    private final OpenCaseByLoan openCases;
    private final TimedCommandSender commands;

    CoreBankingRecordHandler(TransactionTemplate transaction, CoreBankingChunks chunks, OpenCaseByLoan openCases,
                             TimedCommandSender commands) {
        this.transaction = transaction;
        this.chunks = chunks;
        this.openCases = openCases;
        this.commands = commands;
    }

    /**
     * @param ahead the valid records from this one to the end of its poll, read ahead if the record starts a chunk
     * @return true if applied, false if the record was a duplicate
     */
    boolean apply(Object record, Supplier<List<Object>> ahead) {
        String eventId = CoreBankingCommands.eventIdOf(record);
        String loanId = CoreBankingCommands.loanIdOf(record);
        Boolean applied = transaction.execute(status -> {
            CoreBankingChunk chunk = chunks.current(ahead);
            chunk.read(List.of(record));
            if (!chunk.markProcessed(eventId)) {
                log.info("Duplicate core-banking event {} for loan {} skipped", eventId, loanId);
                return false;
            }
            chunk.checkAndRecordStanding(record);
            Object command = CoreBankingCommands.commandFor(record, openCases.openCaseOf(new LoanId(loanId)));
            String caseId = CoreBankingCommands.caseIdOf(command).value();
            if (record instanceof LoanDelinquencyReported r) {
                chunk.recordParties(r);
            }
            try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId)) {
                commands.sendAndWait(command);
                chunk.applied(command);
                if (command instanceof ReportDelinquency) {
                    log.debug("Core-banking event {} applied to case {} of loan {} as ReportDelinquency", eventId,
                            caseId, loanId);
                } else {
                    log.info("Core-banking event {} applied to case {} of loan {} as {}", eventId, caseId, loanId,
                            command.getClass().getSimpleName());
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}

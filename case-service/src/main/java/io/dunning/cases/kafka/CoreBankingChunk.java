package io.dunning.cases.kafka;

import io.dunning.cases.lookup.OpenCaseByLoan;
import io.dunning.cases.party.PartyBatch;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * What one chunk's transaction (PollTransactions) knows of the core-banking records it applies. Applied one by one,
 * a record cost seven to nine round trips to PostgreSQL besides its command; here the processed ids, the loans'
 * open cases and reported standings and the obligors' party keys of every record ahead in the poll are read in one
 * query each when the chunk starts (rows locked as the single-record statements locked them), each record is
 * checked against that copy in memory, and what the records changed (but their processed ids) is written in one
 * statement per table before the chunk commits: the same rows, in the same transaction as the commands' events.
 * <p>
 * A processed id is written when its record is applied, by the record's own INSERT in the chunk's transaction (one
 * the read-ahead did not know and that inserts nothing was recorded by another consumer meanwhile, a partition moved
 * in a rebalance: a duplicate, skipped). It is the one row that must never lag its record's events, so it does not
 * wait for the write-back before the commit. Any failure rolls the chunk back with its copy; the records are then
 * applied one per transaction, each reading afresh.
 */
final class CoreBankingChunk implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(CoreBankingChunk.class);

    private final ProcessedMessages processedMessages;
    private final OpenCaseByLoan openCases;
    private final LoanStandings standings;
    private final PartyBatch parties;
    private final Set<String> processed = new HashSet<>();
    private final Set<String> read = new HashSet<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final long started = System.nanoTime();

    CoreBankingChunk(ProcessedMessages processedMessages, OpenCaseByLoan openCases, LoanStandings standings,
                     PartyBatch parties) {
        this.processedMessages = processedMessages;
        this.openCases = openCases;
        this.standings = standings;
        this.parties = parties;
    }

    /** Reads, in one query per table, what the records need and the chunk does not know yet. */
    void read(List<Object> records) {
        Set<String> eventIds = new LinkedHashSet<>();
        Set<String> loanIds = new LinkedHashSet<>();
        Set<PartyId> partyIds = new LinkedHashSet<>();
        for (Object record : records) {
            String eventId = CoreBankingCommands.eventIdOf(record);
            if (read.add(eventId)) {
                eventIds.add(eventId);
                loanIds.add(CoreBankingCommands.loanIdOf(record));
                partyIds.addAll(CoreBankingCommands.personalData(record).keySet());
            }
        }
        if (eventIds.isEmpty()) {
            return;
        }
        processed.addAll(processedMessages.processedAmong(CoreBankingRecordHandler.CONSUMER, eventIds));
        openCases.prefetch(loanIds.stream().map(LoanId::new).toList());
        standings.read(loanIds);
        parties.read(partyIds);
    }

    /**
     * Records the event as processed, in the chunk's transaction; false when it was processed before (a duplicate to
     * skip): by an earlier record of the poll, by a committed transaction the read-ahead saw, or by another consumer
     * since (its INSERT inserts nothing, once that consumer's transaction committed).
     */
    boolean markProcessed(String eventId) {
        if (!processed.add(eventId) || !processedMessages.markProcessed(CoreBankingRecordHandler.CONSUMER, eventId)) {
            outcomes.merge("duplicate", 1, Integer::sum);
            return false;
        }
        return true;
    }

    /** Checks the record against the loan's last report (LoanStandings); throws if it cannot be true. */
    void checkAndRecordStanding(Object record) {
        standings.checkAndRecord(record);
    }

    /** Keeps the obligors' personal data of a delinquency report for the party store. */
    void recordParties(LoanDelinquencyReported r) {
        CoreBankingCommands.personalData(r).forEach((party, data) -> parties.record(party, data, r.asOf(),
                r.eventId()));
    }

    /** Counts an applied command for the chunk's summary line. */
    void applied(Object command) {
        outcomes.merge(command.getClass().getSimpleName(), 1, Integer::sum);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        parties.write();
        standings.write();
    }

    @Override
    public void afterCommit() {
        log.info("Core-banking chunk of {} records committed in {} ms: {}",
                outcomes.values().stream().mapToInt(Integer::intValue).sum(),
                (System.nanoTime() - started) / 1_000_000, outcomes);
    }
}

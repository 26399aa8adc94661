package io.dunning.cases.kafka;

import io.dunning.cases.lookup.OpenCaseByLoan;
import io.dunning.cases.party.PartyStore;
import io.dunning.platform.kafka.TransactionScoped;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Hands out the {@link CoreBankingChunk} of the current transaction: the first record of a transaction starts it
 * (reading ahead for the rest of the poll), the following records of the same transaction find it. It lives as
 * long as the transaction: it writes before the commit and is forgotten when the transaction completes, either way.
 */
@Component
class CoreBankingChunks {

    private final ProcessedMessages processedMessages;
    private final OpenCaseByLoan openCases;
    private final ReportedStandings standings;
    private final PartyStore parties;

    CoreBankingChunks(ProcessedMessages processedMessages, OpenCaseByLoan openCases, ReportedStandings standings,
                      PartyStore parties) {
        this.processedMessages = processedMessages;
        this.openCases = openCases;
        this.standings = standings;
        this.parties = parties;
    }

    /**
     * The current transaction's chunk; a new one reads what {@code ahead} (the records from this one to the end of
     * the poll) will need. Must be called inside a transaction.
     */
    CoreBankingChunk current(Supplier<List<Object>> ahead) {
        return TransactionScoped.computeIfAbsent(this, () -> {
            CoreBankingChunk started = new CoreBankingChunk(processedMessages, openCases,
                    new LoanStandings(standings), parties.batch());
            started.read(ahead.get());
            return started;
        });
    }
}

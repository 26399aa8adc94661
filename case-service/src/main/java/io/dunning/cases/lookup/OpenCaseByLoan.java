package io.dunning.cases.lookup;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.platform.kafka.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The command-side set: which case is open for a loan (one open case per loan, DESIGN.md 5). Maintained by the
 * SUBSCRIBING processor {@value ProcessorConfig#OPEN_CASE_LOOKUP}, i.e. in the command's own transaction: the
 * primary key on loan_id makes a second open case for a loan fail its command, and a rolled-back command leaves
 * no row behind.
 * <p>
 * A transaction that applies many records (a chunk of core banking's) reads the open cases of all its loans in one
 * query ({@link #prefetch}); the copy lives as long as the transaction and is kept current by the same handlers
 * that write the table, so a case opened by one record of the chunk is found by the next record of its loan.
 */
@Component
@ProcessingGroup(ProcessorConfig.OPEN_CASE_LOOKUP)
public class OpenCaseByLoan {

    private final JdbcTemplate jdbc;

    OpenCaseByLoan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads the open cases of the loans into the current transaction's copy, in one query; without an active
     * transaction it does nothing.
     */
    public void prefetch(Collection<LoanId> loanIds) {
        Map<String, Optional<CaseId>> known = known(true);
        if (known == null) {
            return;
        }
        List<String> unread = loanIds.stream().map(LoanId::value).filter(id -> !known.containsKey(id))
                .distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        unread.forEach(id -> known.put(id, Optional.empty()));
        jdbc.query("SELECT loan_id, case_id FROM open_case_by_loan WHERE loan_id = ANY(?)",
                rs -> {
                    known.put(rs.getString(1), Optional.of(new CaseId(rs.getString(2))));
                }, (Object) unread.toArray(String[]::new));
    }

    /** The open case of the loan, if there is one. */
    public Optional<CaseId> openCaseOf(LoanId loanId) {
        Map<String, Optional<CaseId>> known = known(false);
        if (known != null && known.containsKey(loanId.value())) {
            return known.get(loanId.value());
        }
        return jdbc.query("SELECT case_id FROM open_case_by_loan WHERE loan_id = ?",
                        (rs, i) -> new CaseId(rs.getString(1)), loanId.value())
                .stream().findFirst();
    }

    @EventHandler
    void on(CaseOpened event) {
        jdbc.update("INSERT INTO open_case_by_loan (loan_id, case_id) VALUES (?, ?)",
                event.loanId().value(), event.caseId().value());
        Map<String, Optional<CaseId>> known = known(false);
        if (known != null) {
            known.put(event.loanId().value(), Optional.of(event.caseId()));
        }
    }

    @EventHandler
    void on(CaseCured event) {
        release(event.caseId());
    }

    @EventHandler
    void on(CaseClosed event) {
        release(event.caseId());
    }

    private void release(CaseId caseId) {
        jdbc.update("DELETE FROM open_case_by_loan WHERE case_id = ?", caseId.value());
        Map<String, Optional<CaseId>> known = known(false);
        if (known != null) {
            known.replaceAll((loanId, open) -> open.filter(c -> !c.equals(caseId)));
        }
    }

    /** The current transaction's copy, or null: none yet (and not to be created), or outside a transaction. */
    private Map<String, Optional<CaseId>> known(boolean create) {
        if (!create || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return TransactionScoped.get(this);
        }
        return TransactionScoped.computeIfAbsent(this, HashMap::new);
    }
}

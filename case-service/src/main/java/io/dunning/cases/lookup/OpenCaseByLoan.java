package io.dunning.cases.lookup;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command-side set: which case is open for a loan (one open case per loan, DESIGN.md 5). Maintained by the
 * SUBSCRIBING processor {@value ProcessorConfig#OPEN_CASE_LOOKUP}, i.e. in the command's own transaction: the
 * primary key on loan_id makes a second open case for a loan fail its command, and a rolled-back command leaves
 * no row behind.
 */
@Component
@ProcessingGroup(ProcessorConfig.OPEN_CASE_LOOKUP)
public class OpenCaseByLoan {

    private final JdbcTemplate jdbc;

    OpenCaseByLoan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The open case of the loan, if there is one. */
    public Optional<CaseId> openCaseOf(LoanId loanId) {
        return jdbc.query("SELECT case_id FROM open_case_by_loan WHERE loan_id = ?",
                        (rs, i) -> new CaseId(rs.getString(1)), loanId.value())
                .stream().findFirst();
    }

    @EventHandler
    void on(CaseOpened event) {
        jdbc.update("INSERT INTO open_case_by_loan (loan_id, case_id) VALUES (?, ?)",
                event.loanId().value(), event.caseId().value());
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
    }
}

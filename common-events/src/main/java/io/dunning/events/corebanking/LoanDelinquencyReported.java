package io.dunning.events.corebanking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Core banking's daily report of a loan in arrears (topic {@code corebanking.loan-events.v1}).
 * The first report of a loan opens a case; a loan may arrive first at any days-past-due.
 * Obligors carry personal data: case-service moves it into the party store at the edge and never
 * lets it into an event or a log.
 */
@Revision("1")
public record LoanDelinquencyReported(
        String eventId,
        String loanId,
        String customerId,
        String branchId,
        String product,
        String currency,
        BigDecimal principalOutstanding,
        ReportedArrears arrears,
        LocalDate oldestUnpaidDueDate,
        Boolean principalMatured,
        Integer daysPastDue,
        LocalDate asOf,
        List<ReportedObligor> obligors) {
}

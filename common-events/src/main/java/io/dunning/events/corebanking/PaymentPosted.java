package io.dunning.events.corebanking;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment core banking posted against a loan; {@code arrearsAfter} all zero means the loan is cured. */
@Revision("1")
public record PaymentPosted(
        String eventId,
        String loanId,
        String paymentId,
        BigDecimal amount,
        String currency,
        LocalDate valueDate,
        ReportedArrears arrearsAfter) {
}

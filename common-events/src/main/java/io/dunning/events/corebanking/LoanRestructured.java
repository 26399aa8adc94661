package io.dunning.events.corebanking;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The loan was restructured: its open case closes with that reason. */
@Revision("1")
public record LoanRestructured(String eventId, String loanId, LocalDate asOf, String note) {
}

package io.dunning.events.corebanking;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The loan was written off: its open case closes with that reason. */
@Revision("1")
public record LoanWrittenOff(String eventId, String loanId, LocalDate asOf, String note) {
}

package io.dunning.cases.collection;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A payment core banking posted against the case's loan (R1.11). */
public record RecordPayment(
        @TargetAggregateIdentifier CaseId caseId,
        String paymentId,
        BigDecimal amount,
        String currency,
        LocalDate valueDate,
        Arrears arrearsAfter,
        String sourceEventId) {
}

package io.dunning.cases.collection;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Core banking's daily report on a loan that already has an open case. */
public record ReportDelinquency(
        @TargetAggregateIdentifier CaseId caseId,
        int daysPastDue,
        Arrears arrears,
        BigDecimal principalOutstanding,
        boolean principalMatured,
        LocalDate asOf,
        String sourceEventId) {
}

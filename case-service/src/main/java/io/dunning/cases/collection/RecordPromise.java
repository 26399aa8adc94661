package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the customer's promise to pay an amount by a date (R5.1). */
public record RecordPromise(
        @TargetAggregateIdentifier CaseId caseId,
        String promiseId,
        BigDecimal amount,
        LocalDate dueDate,
        UserId recordedBy) {
}

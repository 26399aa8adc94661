package io.dunning.cases.collection;

import io.dunning.events.cases.CloseReason;
import io.dunning.events.common.CaseId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the case because the loan was restructured or written off. */
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        CloseReason reason,
        LocalDate asOf,
        String sourceEventId) {
}

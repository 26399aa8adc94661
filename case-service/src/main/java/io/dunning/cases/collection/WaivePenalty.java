package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Waive part of the penalty interest on grounds of hardship (R5.3). */
public record WaivePenalty(
        @TargetAggregateIdentifier CaseId caseId,
        BigDecimal amount,
        String hardshipReason,
        UserId grantedBy) {
}

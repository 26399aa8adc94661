package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant more time to pay on grounds of hardship (R5.3). */
public record GrantExtension(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate extendedTo,
        String hardshipReason,
        UserId grantedBy) {
}

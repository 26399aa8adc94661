package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Head-office risk management rejects an exemption request (R2.2). */
public record RejectExemption(
        @TargetAggregateIdentifier CaseId caseId,
        String exemptionId,
        UserId rejectedBy,
        String reason) {
}

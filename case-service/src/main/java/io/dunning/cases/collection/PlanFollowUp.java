package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan the next collection action (R1.2). */
public record PlanFollowUp(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate dueOn,
        String action,
        UserId plannedBy) {
}

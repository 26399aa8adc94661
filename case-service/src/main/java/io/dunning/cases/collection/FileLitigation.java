package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that litigation was filed: court, case reference and date (R2.4). */
public record FileLitigation(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        String courtCaseReference,
        LocalDate filedOn,
        UserId filedBy) {
}

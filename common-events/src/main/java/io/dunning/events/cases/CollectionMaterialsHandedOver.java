package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The case's collection materials were handed over with the loan file to the legal track (R2.4). */
@Revision("1")
public record CollectionMaterialsHandedOver(
        CaseId caseId,
        LoanId loanId,
        List<LadderStep> stepsOnFile,
        int contactsOnFile,
        int promisesOnFile) implements CaseEvent {
}

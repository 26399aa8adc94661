package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Litigation against every obligor is mandatory (R1.8, or again at once after a broken exemption plan, R2.3). */
@Revision("1")
public record LitigationRequired(
        CaseId caseId,
        LoanId loanId,
        int daysPastDue,
        List<PartyId> obligors,
        LitigationTrigger trigger,
        String policyVersion) implements CaseEvent {
}

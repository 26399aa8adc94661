package io.dunning.cases.escalation;

import io.dunning.events.cases.AccelerationDeclared;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LitigationDeferred;
import io.dunning.events.cases.LitigationPrepared;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.LitigationTrigger;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.Obligor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rungs due now into the decisions the case records: reminders, letters per recipient, the
 * litigation file, acceleration, and the litigation duty or its deferral under an approved exemption (R1.1-R1.9,
 * R2.3). Pure: the caller applies the events in the order returned.
 */
public final class Escalation {

    private Escalation() {
    }

    public static List<Object> decide(CollectionPolicy policy, CaseFile file, Delinquency standing,
                                      Set<LadderStep> done, Optional<String> exemptionHolding) {
        List<Object> decisions = new ArrayList<>();
        for (LadderRule rule : Ladder.dueNow(policy, standing, file.obligors(), done)) {
            decisions.addAll(decide(rule, policy.version(), file, standing, exemptionHolding));
        }
        return decisions;
    }

    /** Litigation against every obligor, for the reason given (R1.8, R2.3). */
    public static LitigationRequired litigationRequired(CaseFile file, int daysPastDue, LitigationTrigger trigger,
                                                        String policyVersion) {
        return new LitigationRequired(file.caseId(), file.loanId(), daysPastDue,
                file.obligors().stream().map(Obligor::partyId).toList(), trigger, policyVersion);
    }

    private static List<Object> decide(LadderRule rule, String version, CaseFile file, Delinquency standing,
                                       Optional<String> exemptionHolding) {
        int dpd = standing.daysPastDue();
        List<Object> decisions = new ArrayList<>();
        switch (rule.action()) {
            case REMIND -> Ladder.recipients(rule.recipients(), file.obligors()).forEach(o -> decisions.add(
                    new ReminderRequested(file.caseId(), file.loanId(), rule.step(), rule.channel(),
                            o.partyId(), o.role(), dpd, version)));
            case SEND_LETTER -> decisions.addAll(letters(rule, version, file, standing));
            case PREPARE_LITIGATION -> decisions.add(
                    new LitigationPrepared(file.caseId(), file.loanId(), dpd, version));
            case DECLARE_ACCELERATION -> {
                decisions.add(new AccelerationDeclared(file.caseId(), file.loanId(), dpd,
                        standing.principalOutstanding(), version));
                decisions.addAll(letters(rule, version, file, standing));
            }
            case REQUIRE_LITIGATION -> decisions.add(exemptionHolding
                    .<Object>map(id -> new LitigationDeferred(file.caseId(), file.loanId(), id, dpd, version))
                    .orElseGet(() -> litigationRequired(file, dpd, LitigationTrigger.DPD_THRESHOLD_REACHED, version)));
        }
        return decisions;
    }

    private static List<NoticeRequested> letters(LadderRule rule, String version, CaseFile file, Delinquency standing) {
        if (rule.letterType() == null) {
            return List.of();
        }
        return Ladder.recipients(rule.recipients(), file.obligors()).stream()
                .map(o -> new NoticeRequested(file.caseId(), file.loanId(), rule.step(), rule.letterType(),
                        o.partyId(), o.role(), file.branchId(), standing.daysPastDue(), standing.arrears(), version))
                .toList();
    }
}

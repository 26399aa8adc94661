package io.dunning.cases.exemption;

import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.util.List;

/** A request not to sue, with its recovery plan and how much was paid since it was approved (R2.1-R2.3). */
public record Exemption(
        String exemptionId,
        UserId requestedBy,
        List<PlanInstalment> plan,
        ExemptionStatus status,
        BigDecimal paidSinceApproval) {

    public Exemption {
        plan = List.copyOf(plan);
    }

    static Exemption requested(String exemptionId, UserId requestedBy, List<PlanInstalment> plan) {
        return new Exemption(exemptionId, requestedBy, plan, ExemptionStatus.PENDING, BigDecimal.ZERO);
    }

    Exemption becomes(ExemptionStatus next) {
        return new Exemption(exemptionId, requestedBy, plan, next, paidSinceApproval);
    }

    Exemption paid(BigDecimal amount) {
        return status == ExemptionStatus.APPROVED
                ? new Exemption(exemptionId, requestedBy, plan, status, paidSinceApproval.add(amount))
                : this;
    }
}

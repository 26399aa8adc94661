package io.dunning.cases.exemption;

import io.dunning.cases.promise.InstalmentPlan;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The case's exemption, if any (R2.1-R2.3): at most one is pending or approved at a time; a rejected or revoked
 * one may be followed by a new request. The {@code on...} methods only record facts, the others decide.
 */
public final class Exemptions {

    private Exemption current;

    /** Whether a request is pending or an approval holds, so a new request must wait. */
    public boolean open() {
        return current != null
                && (current.status() == ExemptionStatus.PENDING || current.status() == ExemptionStatus.APPROVED);
    }

    public Optional<Exemption> pending(String exemptionId) {
        return Optional.ofNullable(current)
                .filter(e -> e.exemptionId().equals(exemptionId) && e.status() == ExemptionStatus.PENDING);
    }

    /** The id of the approved exemption that holds now, deferring litigation (R2.3). */
    public Optional<String> holding() {
        return Optional.ofNullable(current)
                .filter(e -> e.status() == ExemptionStatus.APPROVED)
                .map(Exemption::exemptionId);
    }

    /** The plan is broken when, at an instalment's date, payments since approval fall short of what was due (R2.3). */
    public Optional<Shortfall> shortfallAt(ExemptionInstalmentDue due) {
        return Optional.ofNullable(current)
                .filter(e -> e.exemptionId().equals(due.exemptionId()) && e.status() == ExemptionStatus.APPROVED)
                .flatMap(e -> {
                    BigDecimal amountDue = InstalmentPlan.dueThrough(e.plan(), due.dueDate());
                    return e.paidSinceApproval().compareTo(amountDue) < 0
                            ? Optional.of(new Shortfall(e.exemptionId(), due.dueDate(), amountDue, e.paidSinceApproval()))
                            : Optional.empty();
                });
    }

    public void onRequested(String exemptionId, UserId requestedBy, List<PlanInstalment> plan) {
        current = Exemption.requested(exemptionId, requestedBy, plan);
    }

    public void onApproved() {
        current = current.becomes(ExemptionStatus.APPROVED);
    }

    public void onRejected() {
        current = current.becomes(ExemptionStatus.REJECTED);
    }

    public void onRevoked() {
        current = current.becomes(ExemptionStatus.REVOKED);
    }

    public void onPayment(BigDecimal amount) {
        if (current != null) {
            current = current.paid(amount);
        }
    }
}

package io.dunning.cases.exemption;

import io.dunning.cases.promise.InstalmentPlan;
import io.dunning.events.cases.ExemptionApproved;
import io.dunning.events.cases.ExemptionRejected;
import io.dunning.events.cases.ExemptionRequested;
import io.dunning.events.cases.ExemptionRevoked;
import io.dunning.events.cases.PaymentReceived;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The case's exemption, if any (R2.1-R2.3): at most one is pending or approved at a time; a rejected or revoked
 * one may be followed by a new request. An aggregate member of the case: its event sourcing handlers only record
 * facts, the other methods decide.
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

    @EventSourcingHandler
    void on(ExemptionRequested e) {
        current = Exemption.requested(e.exemptionId(), e.requestedBy(), e.plan());
    }

    @EventSourcingHandler
    void on(ExemptionApproved e) {
        current = current.becomes(ExemptionStatus.APPROVED);
    }

    @EventSourcingHandler
    void on(ExemptionRejected e) {
        current = current.becomes(ExemptionStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(ExemptionRevoked e) {
        current = current.becomes(ExemptionStatus.REVOKED);
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        if (current != null) {
            current = current.paid(e.amount());
        }
    }
}

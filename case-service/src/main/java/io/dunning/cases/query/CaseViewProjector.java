package io.dunning.cases.query;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.events.cases.AccelerationDeclared;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.DelinquencyUpdated;
import io.dunning.events.cases.ExemptionApproved;
import io.dunning.events.cases.ExemptionRejected;
import io.dunning.events.cases.ExemptionRequested;
import io.dunning.events.cases.ExemptionRevoked;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LitigationDeferred;
import io.dunning.events.cases.LitigationFiled;
import io.dunning.events.cases.LitigationPrepared;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.PaymentReceived;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.PromiseKept;
import io.dunning.events.cases.PromiseMade;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.cases.SegmentAssigned;
import io.dunning.events.common.Arrears;
import io.dunning.cases.query.CaseView.ExemptionView;
import io.dunning.cases.query.CaseView.OpenPromise;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Projects case events into case_view in the tracking processor {@value ProcessorConfig#CASE_VIEW}. Its token
 * lives in the same database and the same transaction as these writes: each event is applied exactly once.
 */
@Component
@ProcessingGroup(ProcessorConfig.CASE_VIEW)
class CaseViewProjector {

    private final CaseViewRepository views;

    CaseViewProjector(CaseViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(CaseOpened e, @Timestamp Instant at) {
        views.insert(new CaseView(e.caseId().value(), e.loanId().value(), e.customerId().value(),
                e.branchId().value(), "OPEN", null, e.daysPastDue(), e.arrears(), e.currency(),
                e.principalOutstanding(), List.of(), List.of(), null, "NONE", null, null, e.policyVersion(),
                e.openedOn() != null ? e.openedOn() : at.atZone(ZoneOffset.UTC).toLocalDate(), null, at), at);
    }

    @EventHandler
    void on(DelinquencyUpdated e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at,
                v -> v.withDelinquency(e.daysPastDue(), e.arrears(), e.principalOutstanding()));
    }

    @EventHandler
    void on(ReminderRequested e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withStepDone(e.step(), e.policyVersion()));
    }

    @EventHandler
    void on(NoticeRequested e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withStepDone(e.step(), e.policyVersion()));
    }

    @EventHandler
    void on(LitigationPrepared e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at,
                v -> v.withStepDone(LadderStep.LITIGATION_PREPARATION, e.policyVersion()));
    }

    @EventHandler
    void on(AccelerationDeclared e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withStepDone(LadderStep.LOAN_ACCELERATION, e.policyVersion()));
    }

    @EventHandler
    void on(LitigationRequired e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at,
                v -> v.withStepDone(LadderStep.LITIGATION, e.policyVersion()).withLitigation("REQUIRED"));
    }

    @EventHandler
    void on(LitigationDeferred e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at,
                v -> v.withStepDone(LadderStep.LITIGATION, e.policyVersion()).withLitigation("DEFERRED"));
    }

    @EventHandler
    void on(LitigationFiled e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withLitigation("FILED"));
    }

    @EventHandler
    void on(PaymentReceived e, @Timestamp Instant at) {
        Arrears after = e.arrearsAfter();
        views.update(e.caseId().value(), at, v -> v.withArrears(after));
    }

    @EventHandler
    void on(PromiseMade e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withPromises(promises -> {
            promises.add(new OpenPromise(e.promiseId(), e.amount(), e.dueDate(), e.planId()));
            return promises;
        }));
    }

    @EventHandler
    void on(PromiseKept e, @Timestamp Instant at) {
        removePromise(e.caseId().value(), e.promiseId(), at);
    }

    @EventHandler
    void on(PromiseBroken e, @Timestamp Instant at) {
        removePromise(e.caseId().value(), e.promiseId(), at);
    }

    @EventHandler
    void on(ExemptionRequested e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withExemption(new ExemptionView(e.exemptionId(), "REQUESTED")));
    }

    @EventHandler
    void on(ExemptionApproved e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withExemption(new ExemptionView(e.exemptionId(), "APPROVED")));
    }

    @EventHandler
    void on(ExemptionRejected e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withExemption(new ExemptionView(e.exemptionId(), "REJECTED")));
    }

    @EventHandler
    void on(ExemptionRevoked e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withExemption(new ExemptionView(e.exemptionId(), "REVOKED")));
    }

    @EventHandler
    void on(SegmentAssigned e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.withSegment(e.segment(), e.strategy(), e.policyVersion()));
    }

    @EventHandler
    void on(CaseClosed e, @Timestamp Instant at) {
        views.update(e.caseId().value(), at, v -> v.closed(e.reason(), e.closedOn()));
    }

    private void removePromise(String caseId, String promiseId, Instant at) {
        views.update(caseId, at, v -> v.withPromises(promises -> {
            promises.removeIf(p -> p.promiseId().equals(promiseId));
            return promises;
        }));
    }
}

package io.dunning.cases.query;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.events.cases.AccelerationDeclared;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseEvent;
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
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Projects case events into case_view in the tracking processor {@value ProcessorConfig#CASE_VIEW}. Its token
 * lives in the same database and the same transaction as these writes: each event is applied exactly once.
 * <p>
 * Every case event, whatever its type, also raises case_view.version to its sequence number: the ETag of
 * {@code GET /cases/{caseId}}; replays never lower it. The version goes with the event's change in ONE repository
 * call (Axon calls one handler of this class per event, the most specific), so the event is applied to the
 * batch's copy of the row whole or not at all, and a parked event leaves neither its change nor its version.
 */
@Component
@ProcessingGroup(ProcessorConfig.CASE_VIEW)
class CaseViewProjector {

    private final CaseViewRepository views;

    CaseViewProjector(CaseViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(CaseOpened e, @Timestamp Instant at, @SequenceNumber long version) {
        views.open(new CaseView(e.caseId().value(), e.loanId().value(), e.customerId().value(),
                e.branchId().value(), "OPEN", null, e.daysPastDue(), e.arrears(), e.currency(),
                e.principalOutstanding(), List.of(), List.of(), null, "NONE", null, null, e.policyVersion(),
                e.openedOn() != null ? e.openedOn() : at.atZone(ZoneOffset.UTC).toLocalDate(), null, at), at, version);
    }

    @EventHandler
    void on(DelinquencyUpdated e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version,
                v -> v.withDelinquency(e.daysPastDue(), e.arrears(), e.principalOutstanding()));
    }

    @EventHandler
    void on(ReminderRequested e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version, v -> v.withStepDone(e.step(), e.policyVersion()));
    }

    @EventHandler
    void on(NoticeRequested e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version, v -> v.withStepDone(e.step(), e.policyVersion()));
    }

    @EventHandler
    void on(LitigationPrepared e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version,
                v -> v.withStepDone(LadderStep.LITIGATION_PREPARATION, e.policyVersion()));
    }

    @EventHandler
    void on(AccelerationDeclared e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version,
                v -> v.withStepDone(LadderStep.LOAN_ACCELERATION, e.policyVersion()));
    }

    @EventHandler
    void on(LitigationRequired e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version,
                v -> v.withStepDone(LadderStep.LITIGATION, e.policyVersion()).withLitigation("REQUIRED"));
    }

    @EventHandler
    void on(LitigationDeferred e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version,
                v -> v.withStepDone(LadderStep.LITIGATION, e.policyVersion()).withLitigation("DEFERRED"));
    }

    @EventHandler
    void on(LitigationFiled e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version, v -> v.withLitigation("FILED"));
    }

    @EventHandler
    void on(PaymentReceived e, @Timestamp Instant at, @SequenceNumber long version) {
        Arrears after = e.arrearsAfter();
        views.update(e.caseId().value(), at, version, v -> v.withArrears(after));
    }

    @EventHandler
    void on(PromiseMade e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version, v -> v.withPromises(promises -> {
            promises.add(new OpenPromise(e.promiseId(), e.amount(), e.dueDate(), e.planId()));
            return promises;
        }));
    }

    @EventHandler
    void on(PromiseKept e, @Timestamp Instant at, @SequenceNumber long version) {
        removePromise(e.caseId().value(), e.promiseId(), at, version);
    }

    @EventHandler
    void on(PromiseBroken e, @Timestamp Instant at, @SequenceNumber long version) {
        removePromise(e.caseId().value(), e.promiseId(), at, version);
    }

    @EventHandler
    void on(ExemptionRequested e, @Timestamp Instant at, @SequenceNumber long version) {
        exemption(e.caseId().value(), e.exemptionId(), "REQUESTED", at, version);
    }

    @EventHandler
    void on(ExemptionApproved e, @Timestamp Instant at, @SequenceNumber long version) {
        exemption(e.caseId().value(), e.exemptionId(), "APPROVED", at, version);
    }

    @EventHandler
    void on(ExemptionRejected e, @Timestamp Instant at, @SequenceNumber long version) {
        exemption(e.caseId().value(), e.exemptionId(), "REJECTED", at, version);
    }

    @EventHandler
    void on(ExemptionRevoked e, @Timestamp Instant at, @SequenceNumber long version) {
        exemption(e.caseId().value(), e.exemptionId(), "REVOKED", at, version);
    }

    @EventHandler
    void on(SegmentAssigned e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version, v -> v.withSegment(e.segment(), e.strategy(), e.policyVersion()));
    }

    @EventHandler
    void on(CaseClosed e, @Timestamp Instant at, @SequenceNumber long version) {
        views.update(e.caseId().value(), at, version, v -> v.closed(e.reason(), e.closedOn()));
    }

    /** Any other case event: only the version moves. */
    @EventHandler
    void on(CaseEvent e, @SequenceNumber long version) {
        views.recordVersion(e.caseId().value(), version);
    }

    private void exemption(String caseId, String exemptionId, String state, Instant at, long version) {
        views.update(caseId, at, version, v -> v.withExemption(new ExemptionView(exemptionId, state)));
    }

    private void removePromise(String caseId, String promiseId, Instant at, long version) {
        views.update(caseId, at, version, v -> v.withPromises(promises -> {
            promises.removeIf(p -> p.promiseId().equals(promiseId));
            return promises;
        }));
    }
}

package io.dunning.cases.query;

import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.Arrears;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A case as ops read it ({@code GET /cases/{caseId}}, DESIGN.md 7): the document of the case_view read model.
 *
 * @param status         OPEN or CLOSED
 * @param litigation     NONE, REQUIRED, DEFERRED (an approved exemption holds) or FILED
 * @param exemption      the latest exemption request and its state, if any
 * @param openPromises   promises to pay neither kept nor broken yet
 */
public record CaseView(
        String caseId,
        String loanId,
        String customerId,
        String branchId,
        String status,
        CloseReason closeReason,
        int daysPastDue,
        Arrears arrears,
        String currency,
        BigDecimal principalOutstanding,
        List<LadderStep> ladderStepsDone,
        List<OpenPromise> openPromises,
        ExemptionView exemption,
        String litigation,
        CustomerSegment segment,
        CollectionStrategy strategy,
        String policyVersion,
        LocalDate openedOn,
        LocalDate closedOn,
        Instant updatedAt) {

    public record OpenPromise(String promiseId, BigDecimal amount, LocalDate dueDate, String planId) {
    }

    public record ExemptionView(String exemptionId, String state) {
    }

    CaseView withDelinquency(int dpd, Arrears newArrears, BigDecimal outstanding) {
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, dpd, newArrears, currency,
                outstanding, ladderStepsDone, openPromises, exemption, litigation, segment, strategy, policyVersion,
                openedOn, closedOn, updatedAt);
    }

    CaseView withArrears(Arrears newArrears) {
        return withDelinquency(daysPastDue, newArrears, principalOutstanding);
    }

    CaseView withStepDone(LadderStep step, String version) {
        List<LadderStep> steps = new ArrayList<>(ladderStepsDone);
        if (!steps.contains(step)) {
            steps.add(step);
            steps.sort(Comparator.naturalOrder());
        }
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, daysPastDue, arrears,
                currency, principalOutstanding, List.copyOf(steps), openPromises, exemption, litigation, segment,
                strategy, version, openedOn, closedOn, updatedAt);
    }

    CaseView withPromises(UnaryOperator<List<OpenPromise>> change) {
        List<OpenPromise> promises = change.apply(new ArrayList<>(openPromises));
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, daysPastDue, arrears,
                currency, principalOutstanding, ladderStepsDone, List.copyOf(promises), exemption, litigation,
                segment, strategy, policyVersion, openedOn, closedOn, updatedAt);
    }

    CaseView withExemption(ExemptionView newExemption) {
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, daysPastDue, arrears,
                currency, principalOutstanding, ladderStepsDone, openPromises, newExemption, litigation, segment,
                strategy, policyVersion, openedOn, closedOn, updatedAt);
    }

    CaseView withLitigation(String state) {
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, daysPastDue, arrears,
                currency, principalOutstanding, ladderStepsDone, openPromises, exemption, state, segment, strategy,
                policyVersion, openedOn, closedOn, updatedAt);
    }

    CaseView withSegment(CustomerSegment newSegment, CollectionStrategy newStrategy, String version) {
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, daysPastDue, arrears,
                currency, principalOutstanding, ladderStepsDone, openPromises, exemption, litigation, newSegment,
                newStrategy, version, openedOn, closedOn, updatedAt);
    }

    CaseView closed(CloseReason reason, LocalDate on) {
        return new CaseView(caseId, loanId, customerId, branchId, "CLOSED", reason, daysPastDue, arrears, currency,
                principalOutstanding, ladderStepsDone, List.of(), exemption, litigation, segment, strategy,
                policyVersion, openedOn, on, updatedAt);
    }

    CaseView at(Instant time) {
        return new CaseView(caseId, loanId, customerId, branchId, status, closeReason, daysPastDue, arrears,
                currency, principalOutstanding, ladderStepsDone, openPromises, exemption, litigation, segment,
                strategy, policyVersion, openedOn, closedOn, time);
    }
}

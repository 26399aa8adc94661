package io.dunning.cases.promise;

import io.dunning.events.cases.FollowUpPlanned;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.PromiseKept;
import io.dunning.events.cases.PromiseMade;
import io.dunning.events.cases.RepaymentPlanCompleted;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case's promises and plans (R5.1, R5.2): which are open, what was paid since each, and the verdict when a
 * date passes. A plan completes when every one of its instalments was kept. Read side of the aggregate's state:
 * the {@code on...} methods only record facts, the others decide.
 */
public final class PromiseBook {

    private final Map<String, OpenPromise> open = new LinkedHashMap<>();
    private final Set<String> promiseIds = new HashSet<>();
    private final Set<String> plansWithBrokenInstalment = new HashSet<>();
    private final Set<String> planIds = new HashSet<>();

    public boolean knows(String promiseId) {
        return promiseIds.contains(promiseId);
    }

    public boolean knowsPlan(String planId) {
        return planIds.contains(planId);
    }

    public int promisesMade() {
        return promiseIds.size();
    }

    /** The verdict once the promise's date has passed: kept (and maybe its plan completed), or broken with follow-up. */
    public List<Object> judge(String promiseId, CaseId caseId, LoanId loanId, int followUpDays) {
        OpenPromise promise = open.get(promiseId);
        if (promise == null) {
            return List.of();
        }
        if (promise.covered()) {
            return kept(List.of(promise), caseId, loanId);
        }
        var followUpOn = promise.dueDate().plusDays(followUpDays);
        return List.of(
                new PromiseBroken(caseId, loanId, promiseId, promise.amount(), promise.dueDate(),
                        promise.paidSince(), followUpOn),
                new FollowUpPlanned(caseId, loanId, followUpOn,
                        "follow up broken promise " + promiseId, promise.recordedBy()));
    }

    /** A cure keeps every open promise (R5.1), and completes the plans they belong to (R5.2). */
    public List<Object> keepAllOpen(CaseId caseId, LoanId loanId) {
        return kept(List.copyOf(open.values()), caseId, loanId);
    }

    private List<Object> kept(List<OpenPromise> promises, CaseId caseId, LoanId loanId) {
        List<Object> events = new ArrayList<>();
        Set<String> keptIds = new HashSet<>();
        for (OpenPromise p : promises) {
            events.add(new PromiseKept(caseId, loanId, p.promiseId(), p.amount(), p.dueDate(), p.paidSince()));
            keptIds.add(p.promiseId());
        }
        promises.stream().map(OpenPromise::planId).filter(planId -> planId != null).distinct()
                .filter(planId -> completedOnceKept(planId, keptIds))
                .forEach(planId -> events.add(new RepaymentPlanCompleted(caseId, loanId, planId)));
        return events;
    }

    private boolean completedOnceKept(String planId, Set<String> keptIds) {
        return !plansWithBrokenInstalment.contains(planId) && open.values().stream()
                .filter(p -> p.partOf(planId))
                .allMatch(p -> keptIds.contains(p.promiseId()));
    }

    public void onMade(PromiseMade made) {
        BigDecimal earlierInPlan = made.planId() == null ? BigDecimal.ZERO : open.values().stream()
                .filter(p -> p.partOf(made.planId())).map(OpenPromise::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        open.put(made.promiseId(), new OpenPromise(made.promiseId(), made.amount(), made.dueDate(), made.planId(),
                made.recordedBy(), earlierInPlan.add(made.amount()), BigDecimal.ZERO));
        promiseIds.add(made.promiseId());
        Optional.ofNullable(made.planId()).ifPresent(planIds::add);
    }

    public void onPayment(BigDecimal amount) {
        open.replaceAll((id, promise) -> promise.paid(amount));
    }

    public void onKept(String promiseId) {
        open.remove(promiseId);
    }

    public void onBroken(String promiseId) {
        OpenPromise broken = open.remove(promiseId);
        if (broken != null && broken.planId() != null) {
            plansWithBrokenInstalment.add(broken.planId());
        }
    }
}

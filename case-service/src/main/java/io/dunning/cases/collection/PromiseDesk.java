package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static io.dunning.cases.collection.CaseRuleViolation.requireDate;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.promise.InstalmentPlan;
import io.dunning.cases.promise.PromiseBook;
import io.dunning.cases.promise.PromiseDue;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.PaymentReceived;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.PromiseKept;
import io.dunning.events.cases.PromiseMade;
import io.dunning.events.cases.RepaymentPlanAgreed;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Promises to pay and staged repayment plans (R5.1, R5.2): each promise gets a persistent deadline the day after
 * its date. A member of {@link CollectionCase}: it sees every event of the case; the case's deadline handler asks
 * it for the verdict ({@link #judge}) and applies it, and a cure keeps every open promise ({@link #keepAllOpen}).
 */
class PromiseDesk {

    private CaseId caseId;
    private LoanId loanId;
    private boolean closed;
    private final PromiseBook book = new PromiseBook();

    @CommandHandler
    void handle(RecordPromise c, CollectionPolicy policy, DeadlineManager deadlines) {
        promiseAgreed(c.promiseId(), c.amount(), c.dueDate(), c.recordedBy(), policy, deadlines);
    }

    /** A promise recorded on its own or agreed in a contact (R4.2): the same checks and the same timer (R5.1). */
    void promiseAgreed(String promiseId, BigDecimal amount, LocalDate dueDate, UserId by, CollectionPolicy policy,
                       DeadlineManager deadlines) {
        requireOpen();
        require(amount != null && amount.signum() > 0, Code.PROMISE_AMOUNT_NOT_POSITIVE,
                "a promise needs a positive amount");
        requireDate(dueDate, "the promise's date");
        require(!book.knows(promiseId), Code.DUPLICATE_PROMISE, "promise " + promiseId + " exists");
        promise(promiseId, new PlanInstalment(amount, dueDate), null, by, policy, deadlines);
    }

    @CommandHandler
    void handle(AgreeRepaymentPlan c, CollectionPolicy policy, DeadlineManager deadlines) {
        requireOpen();
        InstalmentPlan.defect(c.instalments()).ifPresent(defect -> require(false, Code.INVALID_PLAN, defect));
        require(!book.knowsPlan(c.planId()), Code.DUPLICATE_PROMISE, "plan " + c.planId() + " exists");
        apply(new RepaymentPlanAgreed(caseId, loanId, c.planId(), c.instalments(), c.hardshipReason(), c.agreedBy()));
        for (int i = 0; i < c.instalments().size(); i++) {
            promise(c.planId() + "-" + (i + 1), c.instalments().get(i), c.planId(), c.agreedBy(), policy, deadlines);
        }
    }

    private void promise(String promiseId, PlanInstalment what, String planId, UserId by,
                         CollectionPolicy policy, DeadlineManager deadlines) {
        apply(new PromiseMade(caseId, loanId, promiseId, what.amount(), what.dueDate(), planId, by));
        deadlines.schedule(InstalmentPlan.dayAfter(what.dueDate(), policy.bankZone()), PromiseDue.DEADLINE,
                new PromiseDue(promiseId));
    }

    /** The events deciding a promise whose date has passed: kept, or broken with follow-up (R5.1, R5.2). */
    List<Object> judge(String promiseId, CollectionPolicy policy) {
        return book.judge(promiseId, caseId, loanId, policy.promiseFollowUpDays());
    }

    /** A cure keeps every open promise (R5.1) and completes their plans (R5.2). */
    List<Object> keepAllOpen() {
        return book.keepAllOpen(caseId, loanId);
    }

    int promisesMade() {
        return book.promisesMade();
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        loanId = e.loanId();
    }

    @EventSourcingHandler
    void on(PromiseMade e) {
        book.onMade(e);
    }

    @EventSourcingHandler
    void on(PromiseKept e) {
        book.onKept(e.promiseId());
    }

    @EventSourcingHandler
    void on(PromiseBroken e) {
        book.onBroken(e.promiseId());
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        book.onPayment(e.amount());
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }

    private void requireOpen() {
        require(!closed, Code.CASE_CLOSED, "case " + caseId + " is closed");
    }
}

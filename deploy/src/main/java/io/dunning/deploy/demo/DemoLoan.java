package io.dunning.deploy.demo;

import io.dunning.events.corebanking.ReportedArrears;
import io.dunning.events.corebanking.ReportedObligor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A fake loan in arrears since its {@code startDay} (the simulated day of its first missed instalment). Arrears grow
 * by one instalment every 30 days past due, plus a daily penalty on overdue principal; payments are allocated
 * penalty first, then interest, then principal.
 */
final class DemoLoan {

    private static final BigDecimal DAILY_PENALTY_RATE = new BigDecimal("0.0005");

    final String loanId;
    final String customerId;
    final String branchId;
    final String product;
    final BigDecimal principalOutstanding;
    final BigDecimal instalmentPrincipal;
    final BigDecimal instalmentInterest;
    final DemoScenario scenario;
    final int startDay;
    final List<ReportedObligor> obligors;
    private BigDecimal paid = BigDecimal.ZERO;

    DemoLoan(String loanId, String customerId, String branchId, String product, BigDecimal principalOutstanding,
             DemoScenario scenario, int startDay, List<ReportedObligor> obligors) {
        this.loanId = loanId;
        this.customerId = customerId;
        this.branchId = branchId;
        this.product = product;
        this.principalOutstanding = principalOutstanding;
        this.scenario = scenario;
        this.startDay = startDay;
        this.obligors = obligors;
        BigDecimal instalment = principalOutstanding.divide(BigDecimal.valueOf(36), 2, RoundingMode.HALF_UP);
        this.instalmentPrincipal = scenario == DemoScenario.INTEREST_ONLY
                ? BigDecimal.ZERO : instalment.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);
        this.instalmentInterest = instalment.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP);
    }

    /** Days past due on a simulated day (0 or less: not overdue yet). */
    int dpdOn(int day) {
        return day - startDay;
    }

    /** The simulated day on which the loan is {@code daysPastDue} days past due. */
    int dayAt(int daysPastDue) {
        return startDay + daysPastDue;
    }

    ReportedObligor borrower() {
        return obligors.get(0);
    }

    /** What is overdue on a given day past due, after the payments so far. */
    ReportedArrears arrearsAt(int daysPastDue) {
        BigDecimal missed = BigDecimal.valueOf(1 + (daysPastDue - 1) / 30);
        BigDecimal principal = instalmentPrincipal.multiply(missed);
        BigDecimal interest = instalmentInterest.multiply(missed);
        BigDecimal penalty = principal.add(interest).multiply(DAILY_PENALTY_RATE)
                .multiply(BigDecimal.valueOf(daysPastDue)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal unpaid = paid;
        BigDecimal penaltyLeft = penalty.subtract(unpaid).max(BigDecimal.ZERO);
        unpaid = unpaid.subtract(penalty).max(BigDecimal.ZERO);
        BigDecimal interestLeft = interest.subtract(unpaid).max(BigDecimal.ZERO);
        unpaid = unpaid.subtract(interest).max(BigDecimal.ZERO);
        BigDecimal principalLeft = principal.subtract(unpaid).max(BigDecimal.ZERO);
        return new ReportedArrears(principalLeft, interestLeft, penaltyLeft);
    }

    BigDecimal totalArrearsAt(int daysPastDue) {
        ReportedArrears arrears = arrearsAt(daysPastDue);
        return arrears.principal().add(arrears.interest()).add(arrears.penalty());
    }

    void pay(BigDecimal amount) {
        paid = paid.add(amount);
    }

    boolean principalMatured() {
        return scenario != DemoScenario.INTEREST_ONLY && instalmentPrincipal.signum() > 0;
    }
}

package io.dunning.cases.collection;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PlanInstalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One loan of a {@link SimulatedPortfolio}: falls overdue on its entry day (at DPD 1, or later for a late entry),
 * then each day its DPD grows; core banking reports it on about a third of the days; it may pay part of the arrears
 * (DPD falls by an instalment), be cured (the case closes; it may fall overdue again and open a new case), get a
 * promise, or past 85 DPD get an approved litigation exemption whose instalments it pays or misses.
 */
final class SimulatedLoan {

    private final String id;
    private final int entryDay;
    private final int entryDpd;
    private final int guarantors;
    private final boolean principalMatured;
    private CaseId caseId;
    private int cases;
    private int dpd;
    private BigDecimal principalArrears = BigDecimal.ZERO;
    private LocalDate overdueAgainOn;
    private boolean exemptionRequested;
    private final List<PlanInstalment> plan = new ArrayList<>();

    SimulatedLoan(String id, int entryDay, int entryDpd, int guarantors, boolean principalMatured) {
        this.id = id;
        this.entryDay = entryDay;
        this.entryDpd = entryDpd;
        this.guarantors = guarantors;
        this.principalMatured = principalMatured;
    }

    String id() {
        return id;
    }

    int guarantors() {
        return guarantors;
    }

    boolean principalMatured() {
        return principalMatured;
    }

    void day(SimulatedPortfolio sim) {
        Random random = sim.random();
        LocalDate today = sim.today();
        if (caseId == null) {
            boolean firstEntry = cases == 0 && today.equals(SimulatedPortfolio.DAY_ONE.plusDays(entryDay));
            if (firstEntry || today.equals(overdueAgainOn)) {
                dpd = firstEntry ? entryDpd : 1;
                principalArrears = BigDecimal.valueOf(1000L * (1 + dpd / 30));
                caseId = new CaseId(id + "-case-" + ++cases);
                sim.send(sim.openCase(this, caseId, dpd, arrears()));
            }
            return;
        }
        dpd++;
        if (dpd % 30 == 0) {
            principalArrears = principalArrears.add(BigDecimal.valueOf(1000));
        }
        if (planInstalmentDue(sim, today)) {
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 2) {
            cure(sim, random);
        } else if (roll < 5 && dpd > 30) {
            principalArrears = principalArrears.subtract(BigDecimal.valueOf(1000)).max(BigDecimal.valueOf(500));
            dpd -= 30;
            sim.send(sim.payment(this, caseId, BigDecimal.valueOf(1000), arrears()));
        } else if (roll < 8) {
            sim.send(sim.promise(this, caseId, BigDecimal.valueOf(200 + random.nextInt(800)), 3 + random.nextInt(8)));
        } else if (roll < 20 && dpd >= 85 && !exemptionRequested) {
            requestExemption(sim, random, today);
        } else if (roll < 55) {
            sim.send(sim.report(this, caseId, dpd, arrears()));
        }
    }

    private void requestExemption(SimulatedPortfolio sim, Random random, LocalDate today) {
        exemptionRequested = true;
        for (int i = 1; i <= 2 + random.nextInt(2); i++) {
            plan.add(new PlanInstalment(BigDecimal.valueOf(500), today.plusDays(15L * i)));
        }
        RequestExemption request = sim.exemption(this, caseId, List.copyOf(plan));
        sim.send(request);
        sim.send(sim.approval(caseId, request.exemptionId()));
    }

    /** On an instalment's due date the loan pays it (two times in three) or lets it pass. */
    private boolean planInstalmentDue(SimulatedPortfolio sim, LocalDate today) {
        for (PlanInstalment instalment : plan) {
            if (instalment.dueDate().equals(today)) {
                if (sim.random().nextInt(3) < 2) {
                    sim.send(sim.payment(this, caseId, instalment.amount(), arrears()));
                }
                return true;
            }
        }
        return false;
    }

    private void cure(SimulatedPortfolio sim, Random random) {
        principalArrears = BigDecimal.ZERO;
        sim.send(sim.payment(this, caseId, BigDecimal.valueOf(5000), arrears()));
        caseId = null;
        exemptionRequested = false;
        plan.clear();
        overdueAgainOn = random.nextBoolean() ? sim.today().plusDays(10 + random.nextInt(40)) : null;
    }

    private Arrears arrears() {
        boolean cleared = principalArrears.signum() == 0;
        return new Arrears(principalArrears, cleared ? BigDecimal.ZERO : new BigDecimal("80.00"),
                cleared ? BigDecimal.ZERO : new BigDecimal("12.00"));
    }
}

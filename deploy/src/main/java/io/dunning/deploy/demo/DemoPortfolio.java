package io.dunning.deploy.demo;

import io.dunning.events.corebanking.ReportedObligor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible fake portfolio: loans with a borrower and, for three in five, one or two guarantors, falling
 * overdue on different simulated days, so that the end of the demo finds them in every DPD bucket.
 */
final class DemoPortfolio {

    private static final String[] PRODUCTS = {"CONSUMER_LOAN", "SME_WORKING_CAPITAL", "MORTGAGE", "CAR_LOAN"};
    private static final String[] BRANCHES = {"BR-SH-001", "BR-SH-002", "BR-BJ-001", "BR-GZ-003"};
    private static final String[] TIME_ZONES = {"Asia/Shanghai", "Asia/Shanghai", "Asia/Shanghai", "Asia/Hong_Kong",
            "Europe/London"};

    private DemoPortfolio() {
    }

    /** {@code size} loans whose ids start with {@code DEMO-<runTag>-}, so repeated demos don't collide. */
    static List<DemoLoan> of(int size, String runTag) {
        Random random = new Random(20240917L);
        List<DemoLoan> loans = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String number = String.format("%04d", i + 1);
            String loanId = "DEMO-" + runTag + "-" + number;
            int guarantors = i % 5 == 1 ? 2 : (i % 5 == 3 || i % 5 == 4 ? 1 : 0);
            BigDecimal principal = BigDecimal.valueOf(20_000 + random.nextInt(480_000)).setScale(2);
            DemoScenario scenario = DemoScenario.forLoan(i);
            loans.add(new DemoLoan(loanId, "CUST-" + runTag + "-" + number, BRANCHES[random.nextInt(BRANCHES.length)],
                    PRODUCTS[random.nextInt(PRODUCTS.length)], principal, scenario, scenario.startDay(random),
                    obligors(runTag + "-" + number, guarantors, random)));
        }
        return loans;
    }

    /** Fake personal data, never printed: the demo prints loan ids only. */
    private static List<ReportedObligor> obligors(String key, int guarantors, Random random) {
        List<ReportedObligor> obligors = new ArrayList<>();
        obligors.add(obligor(key, "B1", "BORROWER", random));
        for (int g = 1; g <= guarantors; g++) {
            obligors.add(obligor(key, "G" + g, "GUARANTOR", random));
        }
        return obligors;
    }

    private static ReportedObligor obligor(String key, String suffix, String role, Random random) {
        return new ReportedObligor(
                "PTY-" + key + "-" + suffix,
                role,
                "Demo Person " + key + "-" + suffix,
                "DEMO-ID-" + key + "-" + suffix,
                String.format("+86 139 %04d %04d", random.nextInt(10_000), random.nextInt(10_000)),
                (1 + random.nextInt(300)) + " Demo Road, Demo District",
                TIME_ZONES[random.nextInt(TIME_ZONES.length)]);
    }
}

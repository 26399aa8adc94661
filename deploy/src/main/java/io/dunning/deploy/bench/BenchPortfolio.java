package io.dunning.deploy.bench;

import io.dunning.deploy.feed.CoreBankingRecords;
import io.dunning.events.corebanking.CoreBankingEventType;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import io.dunning.events.corebanking.ReportedObligor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A reproducible portfolio of {@code loans} loans in arrears, fed one simulated day at a time: every loan still in
 * arrears is reported daily with its days past due one higher (loans start spread over 1..90 days past due, so the
 * ladder's later steps and their letters come up too); 40% have one or two guarantors; one loan in ten cures by
 * paying in full on day 5, one in ten on day 20 (then it is no longer reported), one in ten pays part every 10
 * days. Stops after {@code records} records.
 */
public final class BenchPortfolio implements Iterator<ProducerRecord<String, String>> {

    private static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 1);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final long records;
    private final List<Loan> loans = new ArrayList<>();
    private final Deque<ProducerRecord<String, String>> today = new ArrayDeque<>();
    private long produced;
    private int day;

    public BenchPortfolio(long records, int loanCount) {
        this("BENCH", records, loanCount);
    }

    /**
     * As {@link #BenchPortfolio(long, int)} with loan ids {@code <prefix>-0000000...}: another prefix gives other loans
     * with the same amounts, days past due and fates (the benchmark's ingest warm-up feeds one before the measured
     * one).
     */
    public BenchPortfolio(String prefix, long records, int loanCount) {
        this.records = records;
        Random random = new Random(20260101L);
        for (int i = 0; i < loanCount; i++) {
            int guarantors = i % 5 == 1 ? 2 : (i % 5 == 3 ? 1 : 0);
            BigDecimal principal = BigDecimal.valueOf(20_000 + random.nextInt(480_000)).setScale(2);
            loans.add(new Loan(String.format("%s-%07d", prefix, i), i, 1 + random.nextInt(90), principal, guarantors,
                    random));
        }
    }

    @Override
    public boolean hasNext() {
        return produced < records && (!today.isEmpty() || nextDay());
    }

    @Override
    public ProducerRecord<String, String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        return today.removeFirst();
    }

    private boolean nextDay() {
        for (int attempt = 0; attempt < 2 && today.isEmpty(); attempt++) {
            day++;
            for (Loan loan : loans) {
                loan.recordsOf(day, today);
            }
        }
        return !today.isEmpty();
    }

    private static final class Loan {
        final String loanId;
        final int index;
        final int firstDpd;
        final BigDecimal principal;
        final BigDecimal instalment;
        final List<ReportedObligor> obligors = new ArrayList<>();
        boolean cured;
        BigDecimal paid = BigDecimal.ZERO;

        Loan(String loanId, int index, int firstDpd, BigDecimal principal, int guarantors, Random random) {
            this.loanId = loanId;
            this.index = index;
            this.firstDpd = firstDpd;
            this.principal = principal;
            this.instalment = principal.divide(BigDecimal.valueOf(36), 2, RoundingMode.HALF_UP);
            obligors.add(obligor("B1", "BORROWER", random));
            for (int g = 1; g <= guarantors; g++) {
                obligors.add(obligor("G" + g, "GUARANTOR", random));
            }
        }

        void recordsOf(int day, Deque<ProducerRecord<String, String>> out) {
            if (cured) {
                return;
            }
            int dpd = firstDpd + day - 1;
            Instant time = Instant.now();
            LocalDate asOf = DAY_ZERO.plusDays(day);
            int kind = index % 10;
            if ((kind == 0 && day == 5) || (kind == 1 && day == 20)) {
                paid = paid.add(due(dpd));
                cured = true;
                out.add(CoreBankingRecords.of(CoreBankingEventType.PAYMENT_POSTED, id("pp", day), loanId,
                        new PaymentPosted(id("pp", day), loanId, "PAY-" + loanId + "-" + day, due(dpd).max(
                                new BigDecimal("0.01")), "CNY", asOf, new ReportedArrears(ZERO, ZERO, ZERO)), time));
                return;
            }
            if (kind == 2 && day % 10 == 0) {
                BigDecimal part = due(dpd).divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN).max(
                        new BigDecimal("0.01"));
                paid = paid.add(part);
                out.add(CoreBankingRecords.of(CoreBankingEventType.PAYMENT_POSTED, id("pp", day), loanId,
                        new PaymentPosted(id("pp", day), loanId, "PAY-" + loanId + "-" + day, part, "CNY", asOf,
                                arrears(dpd)), time));
            }
            out.add(CoreBankingRecords.of(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED, id("dr", day), loanId,
                    new LoanDelinquencyReported(id("dr", day), loanId, "CUST-" + loanId, "BR" + (index % 7),
                            "CONSUMER_LOAN", "CNY", principal, arrears(dpd), DAY_ZERO.minusDays(firstDpd - 1L),
                            true, dpd, asOf, obligors), time));
        }

        private BigDecimal missed(int dpd) {
            return instalment.multiply(BigDecimal.valueOf(1 + (dpd - 1) / 30));
        }

        private BigDecimal due(int dpd) {
            return missed(dpd).subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        }

        /** 80% principal, 20% interest of what is still due; no penalty (kept simple). */
        private ReportedArrears arrears(int dpd) {
            BigDecimal left = due(dpd);
            BigDecimal interest = left.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP);
            return new ReportedArrears(left.subtract(interest), interest, ZERO);
        }

        private String id(String kind, int day) {
            return "bench-" + loanId + "-" + kind + "-d" + day;
        }

        private ReportedObligor obligor(String suffix, String role, Random random) {
            String key = loanId + "-" + suffix;
            return new ReportedObligor("PTY-" + key, role, "Bench Person " + key, "BENCH-ID-" + key,
                    String.format("+86 139 %04d %04d", random.nextInt(10_000), random.nextInt(10_000)),
                    (1 + random.nextInt(300)) + " Bench Road", "Asia/Shanghai");
        }
    }
}

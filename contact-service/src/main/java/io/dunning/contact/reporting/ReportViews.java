package io.dunning.contact.reporting;

import java.math.BigDecimal;
import java.util.List;

/** The read models of the reports (records only). */
public final class ReportViews {

    private ReportViews() {
    }

    /** Open cases and their amount overdue in one DPD bucket. */
    public record BucketView(String bucket, long openCases, BigDecimal amountOverdue) {
    }

    public record PortfolioView(String branchId, List<BucketView> buckets, long openCases, BigDecimal amountOverdue) {
    }

    /** Cases in {@code from} at the end of the previous month and in {@code to} at the end of the month. */
    public record RollView(String from, String to, long cases, BigDecimal rate) {
    }

    public record RollRatesView(String month, String branchId, List<RollView> rolls) {
    }

    /** cureRate = cured / opened; null when no case was opened. */
    public record CureRateView(String branchId, long opened, long cured, long closedOtherwise, long open,
                               BigDecimal cureRate) {
    }

    /** promiseKeptRate = kept / (kept + broken); promises still pending are not counted. */
    public record PromiseKeptRateView(String branchId, long made, long kept, long broken, BigDecimal promiseKeptRate) {
    }

    public record LetterCountView(String branchId, String letterType, String deliveryStatus, long letters) {
    }
}

package io.dunning.contact.reporting;

/** The reporting buckets of days past due: 1-29, 30-59, 60-89, 90+ (0 = current, not in arrears). */
public enum DpdBucket {
    CURRENT("0"),
    DPD_1_29("1-29"),
    DPD_30_59("30-59"),
    DPD_60_89("60-89"),
    DPD_90_PLUS("90+");

    private final String label;

    DpdBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DpdBucket of(int daysPastDue) {
        if (daysPastDue >= 90) {
            return DPD_90_PLUS;
        }
        if (daysPastDue >= 60) {
            return DPD_60_89;
        }
        if (daysPastDue >= 30) {
            return DPD_30_59;
        }
        return daysPastDue >= 1 ? DPD_1_29 : CURRENT;
    }
}

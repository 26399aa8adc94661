package io.dunning.events.corebanking;

/**
 * The CloudEvents {@code ce_type} values core banking sends on {@code corebanking.loan-events.v1}
 * ({@code <event name>.v<revision>}), and the record each one carries.
 */
public enum CoreBankingEventType {
    LOAN_DELINQUENCY_REPORTED("LoanDelinquencyReported.v1", LoanDelinquencyReported.class),
    PAYMENT_POSTED("PaymentPosted.v1", PaymentPosted.class),
    LOAN_RESTRUCTURED("LoanRestructured.v1", LoanRestructured.class),
    LOAN_WRITTEN_OFF("LoanWrittenOff.v1", LoanWrittenOff.class);

    private final String ceType;
    private final Class<?> payloadType;

    CoreBankingEventType(String ceType, Class<?> payloadType) {
        this.ceType = ceType;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public Class<?> payloadType() {
        return payloadType;
    }
}

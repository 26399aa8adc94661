package io.dunning.cases.support;

import java.time.LocalDate;
import java.util.UUID;

/** Core-banking records as JSON, the way core banking sends them (DESIGN.md 4). */
public final class CoreBankingFeed {

    public static final String DELINQUENCY = "LoanDelinquencyReported.v1";
    public static final String PAYMENT = "PaymentPosted.v1";
    public static final LocalDate DUE = LocalDate.of(2026, 1, 10);

    private CoreBankingFeed() {
    }

    public static String newLoanId() {
        return "L-" + UUID.randomUUID();
    }

    /** A delinquency report at {@code dpd} days past due for a loan with one borrower and two guarantors. */
    public static String delinquency(String eventId, String loanId, int dpd, String arrearsPrincipal) {
        return delinquency(eventId, loanId, dpd, arrearsPrincipal, DUE.plusDays(dpd));
    }

    /** As {@link #delinquency(String, String, int, String)}, reported as of {@code asOf}. */
    public static String delinquency(String eventId, String loanId, int dpd, String arrearsPrincipal,
                                     LocalDate asOf) {
        return """
                {"eventId":"%s","loanId":"%s","customerId":"C-7","branchId":"BR-SH-01","product":"SME-TERM",
                 "currency":"CNY","principalOutstanding":100000.00,
                 "arrears":{"principal":%s,"interest":320.50,"penalty":12.00},
                 "oldestUnpaidDueDate":"%s","principalMatured":false,"daysPastDue":%d,"asOf":"%s",
                 "obligors":[
                   {"partyId":"P-B1","role":"BORROWER","name":"Zhang San","idNumber":"110101199003077777",
                    "phone":"+86 138 0000 0000","address":"1 Bund Road, Shanghai","timeZone":"Asia/Shanghai"},
                   {"partyId":"P-G1","role":"GUARANTOR","name":"Li Si","idNumber":"110101198001011234",
                    "phone":"+86 139 0000 0000","address":"2 Nanjing Road, Shanghai","timeZone":"Asia/Shanghai"},
                   {"partyId":"P-G2","role":"GUARANTOR","name":"Wang Wu","idNumber":"110101197505055678",
                    "phone":"+86 137 0000 0000","address":"3 Huaihai Road, Shanghai","timeZone":"Asia/Shanghai"}]}
                """.formatted(eventId, loanId, arrearsPrincipal, DUE, dpd, asOf);
    }

    /** A payment of {@code amount} CNY leaving {@code principalAfter} of principal overdue (0 = cured). */
    public static String payment(String eventId, String loanId, String paymentId, String amount,
                                 String principalAfter, LocalDate valueDate) {
        return """
                {"eventId":"%s","loanId":"%s","paymentId":"%s","amount":%s,"currency":"CNY","valueDate":"%s",
                 "arrearsAfter":{"principal":%s,"interest":0,"penalty":0}}
                """.formatted(eventId, loanId, paymentId, amount, valueDate, principalAfter);
    }

    public static String delinquency(String eventId, String loanId, int dpd) {
        return delinquency(eventId, loanId, dpd, "2500.00");
    }
}

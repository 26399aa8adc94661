package io.dunning.contact.support;

import io.dunning.events.cases.*;
import io.dunning.events.common.*;
import io.dunning.events.notice.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events of one case with fresh ids: a borrower and a guarantor, opened at DPD 1, reminders, the 30-DPD letters
 * (one delivered, one returned), a broken promise, a partial payment. Amounts and dates are fixed.
 */
public final class CaseStory {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final CaseId caseId = new CaseId("case-" + suffix);
    public final LoanId loanId = new LoanId("loan-" + suffix);
    public final CustomerId customerId = new CustomerId("cust-" + suffix);
    public final BranchId branchId;
    public final PartyId borrower = new PartyId("p-b-" + suffix);
    public final PartyId guarantor = new PartyId("p-g-" + suffix);
    public final String overdueLetter = "0101-2026-" + suffix + "-1";
    public final String guarantorLetter = "0101-2026-" + suffix + "-2";

    public CaseStory() {
        this.branchId = new BranchId("br-" + suffix);
    }

    public CaseStory(String branch) {
        this.branchId = new BranchId(branch);
    }

    public static Arrears arrears(String total) {
        return new Arrears(new BigDecimal(total), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public CaseOpened opened(int dpd, String arrears) {
        return new CaseOpened(caseId, loanId, customerId, branchId, "CONSUMER", "CNY", new BigDecimal("10000.00"),
                arrears(arrears), dpd, LocalDate.of(2026, 1, 1), true,
                List.of(new Obligor(borrower, ObligorRole.BORROWER, "Asia/Shanghai"),
                        new Obligor(guarantor, ObligorRole.GUARANTOR, "Asia/Shanghai")),
                LocalDate.of(2026, 1, 1).plusDays(dpd), "src-" + suffix, "2026.1");
    }

    public DelinquencyUpdated dpd(int from, int to, String arrears) {
        return new DelinquencyUpdated(caseId, loanId, from, to, arrears(arrears), new BigDecimal("10000.00"), true,
                LocalDate.of(2026, 1, 1).plusDays(to), "src-" + UUID.randomUUID());
    }

    public ReminderRequested smsReminder() {
        return new ReminderRequested(caseId, loanId, LadderStep.SMS_REMINDER, ReminderChannel.SMS, borrower,
                ObligorRole.BORROWER, 1, "2026.1");
    }

    public SmsSent smsSent() {
        return new SmsSent("sms-" + suffix, caseId, loanId, LadderStep.SMS_REMINDER, borrower, "prov-1",
                Instant.parse("2026-01-02T02:00:00Z"));
    }

    public NoticeRequested overdueNotice() {
        return new NoticeRequested(caseId, loanId, LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE,
                borrower, ObligorRole.BORROWER, branchId, 30, arrears("900.00"), "2026.1");
    }

    public NoticeRequested guarantorNotice() {
        return new NoticeRequested(caseId, loanId, LadderStep.GUARANTOR_LIABILITY_NOTICE,
                LetterType.GUARANTOR_LIABILITY_NOTICE, guarantor, ObligorRole.GUARANTOR, branchId, 30,
                arrears("900.00"), "2026.1");
    }

    public LetterIssued issued(boolean guarantorOne) {
        return new LetterIssued(guarantorOne ? guarantorLetter : overdueLetter, caseId, loanId,
                guarantorOne ? LadderStep.GUARANTOR_LIABILITY_NOTICE : LadderStep.OVERDUE_NOTICE,
                guarantorOne ? LetterType.GUARANTOR_LIABILITY_NOTICE : LetterType.OVERDUE_COLLECTION_NOTICE,
                guarantorOne ? guarantor : borrower, guarantorOne ? ObligorRole.GUARANTOR : ObligorRole.BORROWER,
                branchId, LocalDate.of(2026, 1, 31));
    }

    public LetterDispatched dispatched(boolean guarantorOne) {
        return new LetterDispatched(guarantorOne ? guarantorLetter : overdueLetter, caseId, loanId,
                guarantorOne ? LadderStep.GUARANTOR_LIABILITY_NOTICE : LadderStep.OVERDUE_NOTICE,
                guarantorOne ? LetterType.GUARANTOR_LIABILITY_NOTICE : LetterType.OVERDUE_COLLECTION_NOTICE,
                guarantorOne ? guarantor : borrower, guarantorOne ? ObligorRole.GUARANTOR : ObligorRole.BORROWER,
                "WB-" + (guarantorOne ? "G-" : "B-") + suffix, Instant.parse("2026-01-31T08:00:00Z"));
    }

    public LetterDelivered delivered() {
        return new LetterDelivered(overdueLetter, caseId, loanId, "WB-B-" + suffix, "POD-" + suffix,
                Instant.parse("2026-02-02T08:00:00Z"));
    }

    public LetterReturned returned() {
        return new LetterReturned(guarantorLetter, caseId, loanId, "WB-G-" + suffix, "ADDRESS_UNKNOWN",
                "RET-" + suffix, Instant.parse("2026-02-03T08:00:00Z"));
    }

    public PromiseMade promiseMade() {
        return new PromiseMade(caseId, loanId, "pr-" + suffix, new BigDecimal("500.00"), LocalDate.of(2026, 2, 10),
                null, new UserId("collector-1"));
    }

    public PromiseBroken promiseBroken() {
        return new PromiseBroken(caseId, loanId, "pr-" + suffix, new BigDecimal("500.00"), LocalDate.of(2026, 2, 10),
                new BigDecimal("100.00"), LocalDate.of(2026, 2, 13));
    }

    public PaymentReceived payment(String amount, String arrearsAfter) {
        return new PaymentReceived(caseId, loanId, "pay-" + UUID.randomUUID(), new BigDecimal(amount), "CNY",
                LocalDate.of(2026, 2, 12), arrears(arrearsAfter), "src-" + UUID.randomUUID());
    }

    public CaseCured cured(LocalDate on) {
        return new CaseCured(caseId, loanId, on, "pay-x");
    }
}

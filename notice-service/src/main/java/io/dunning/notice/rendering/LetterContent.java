package io.dunning.notice.rendering;

import io.dunning.events.cases.LetterType;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.LocalDate;

/** What is printed on one letter. No personal data: the recipient is named by role and a masked party reference. */
public record LetterContent(
        LetterType letterType,
        String letterNumber,
        ObligorRole recipientRole,
        PartyId recipient,
        String branchId,
        String loanId,
        Arrears arrears,
        int daysPastDue,
        LocalDate issuedOn,
        LocalDate paymentDeadline) {

    static final String BORROWER = "借款人";
    static final String GUARANTOR = "担保人";
    static final String REFERENCE_OPEN = "（客户编号 ";
    static final String REFERENCE_CLOSE = "）";
    static final char MASK = '*';

    /** Every character recipientLine() prints besides the visible end of the reference. */
    static final String FIXED_TEXT = BORROWER + GUARANTOR + REFERENCE_OPEN + REFERENCE_CLOSE + MASK;

    /** "借款人" or "担保人", followed by the party reference with all but its last four characters masked. */
    public String recipientLine() {
        String role = recipientRole == ObligorRole.GUARANTOR ? GUARANTOR : BORROWER;
        return role + REFERENCE_OPEN + masked(recipient.value()) + REFERENCE_CLOSE;
    }

    static String masked(String reference) {
        int visible = Math.min(4, reference.length() / 2);
        return String.valueOf(MASK).repeat(reference.length() - visible) + reference.substring(reference.length() - visible);
    }
}

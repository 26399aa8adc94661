package io.dunning.contact.worklist;

import java.math.BigDecimal;

/** One open case on the collectors' worklist, with the inputs of its priority. */
public record WorklistItemView(String caseId, String loanId, String customerId, String branchId, int daysPastDue,
                               String dpdBucket, BigDecimal amountOverdue, int promisesBroken, int lettersReturned,
                               BigDecimal priority) {
}

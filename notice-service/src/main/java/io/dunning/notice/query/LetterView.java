package io.dunning.notice.query;

import java.time.Instant;
import java.time.LocalDate;

/** A letter as GET /letters shows it: details, state and the archive's evidence references (R3.4). */
public record LetterView(
        String letterNumber,
        String caseId,
        String loanId,
        String step,
        String letterType,
        String letterTitle,
        String recipientId,
        String recipientRole,
        String branchId,
        LocalDate issuedOn,
        LocalDate paymentDeadline,
        String state,
        String waybill,
        Instant dispatchedAt,
        String deliveryProofRef,
        Instant deliveredAt,
        String returnedItemRef,
        String returnReason,
        Instant returnedAt,
        String mailingListId,
        String cancelReason,
        String pdf) {
}

package io.dunning.contact.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a contact timeline. {@code deliveryStatus} is the status of a letter or reminder (REQUESTED, ISSUED,
 * DISPATCHED, DELIVERED, RETURNED, SENT, FAILED, CANCELLED), {@code outcome} that of a promise (PENDING, KEPT,
 * BROKEN); {@code version} grows with every update of the entry. Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntryView(
        long entryId,
        int version,
        String caseId,
        String loanId,
        String type,
        Instant occurredAt,
        Instant updatedAt,
        String summary,
        String step,
        String channel,
        String letterType,
        String letterNumber,
        String recipientRole,
        String branchId,
        String waybill,
        String deliveryStatus,
        String outcome,
        String evidenceRef,
        BigDecimal amount,
        LocalDate dueDate) {
}

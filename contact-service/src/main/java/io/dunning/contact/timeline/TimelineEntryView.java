package io.dunning.contact.timeline;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of a contact timeline. {@code deliveryStatus} is the status of a letter or reminder (REQUESTED, ISSUED,
 * DISPATCHED, DELIVERED, RETURNED, SENT, FAILED, CANCELLED), {@code outcome} that of a promise (PENDING, KEPT,
 * BROKEN); {@code version} grows with every update of the entry. Fields that do not apply are left out.
 * {@code party} is the reference of the party the entry concerns (never its data); {@code partyErased} is true once
 * that party's personal data was erased. The type-specific fields without a column of their own ({@code details},
 * e.g. a contact's {@code place}, {@code participants}, {@code pointsMade}, {@code customerReaction},
 * {@code agreement}; a refusal's {@code rule} and {@code nextAllowedAt}) are written as fields of the entry.
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
        LocalDate dueDate,
        String party,
        Boolean partyErased,
        @JsonAnyGetter Map<String, Object> details) {

    public TimelineEntryView {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}

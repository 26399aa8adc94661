package io.dunning.cases.web;

import io.dunning.events.cases.ComplaintChannel;
import io.dunning.events.cases.ContactChannel;
import io.dunning.events.cases.ContactedParty;
import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.cases.RiskMeasure;
import io.dunning.events.common.PlanInstalment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the case command endpoints. Bean validation answers 400 naming the field; the business rules
 * (R4.3 evidence, R6.3 two collectors, R5.3 hardship, ...) are the aggregate's and answer 409/422 naming the rule.
 * Optional client ids ({@code contactId}, {@code promiseId}, ...) make a retried POST idempotent: the second one is
 * refused as a duplicate (409); without one the server assigns a UUID. Ids of people and parties are references,
 * never names, phones or addresses (R6.7).
 */
final class CommandRequests {

    static final String ID = "[A-Za-z0-9._:-]{1,64}";

    private CommandRequests() {
    }

    /** A promise agreed in a contact. */
    record Promise(@NotNull @Positive BigDecimal amount, @NotNull LocalDate dueDate) {
    }

    /** R4.1-R4.3, R6.3, R6.4. {@code place} is a description ("customer's home"), never an address. */
    record Contact(
            @Pattern(regexp = ID) String contactId,
            @NotNull ContactChannel channel,
            @NotNull Instant occurredAt,
            @NotBlank @Size(max = 200) String place,
            @NotEmpty @Size(max = 10) List<@NotBlank @Pattern(regexp = ID) String> participants,
            @NotBlank @Pattern(regexp = ID) String partyId,
            @NotNull ContactedParty partyKind,
            @NotBlank @Size(max = 4000) String pointsMade,
            @NotBlank @Size(max = 2000) String customerReaction,
            @Size(max = 2000) String agreement,
            @Valid Promise promise,
            @Size(max = 500) String recordingRef,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> photoRefs) {
    }

    record PromiseToPay(@Pattern(regexp = ID) String promiseId, @NotNull @Positive BigDecimal amount,
                        @NotNull LocalDate dueDate) {
    }

    record Instalment(@NotNull @Positive BigDecimal amount, @NotNull LocalDate dueDate) {

        PlanInstalment toPlanInstalment() {
            return new PlanInstalment(amount, dueDate);
        }
    }

    record RepaymentPlan(@Pattern(regexp = ID) String planId,
                         @NotEmpty @Size(max = 120) List<@NotNull @Valid Instalment> instalments,
                         @Size(max = 2000) String hardshipReason) {
    }

    record Segment(@NotNull CustomerSegment segment, @NotBlank @Size(max = 2000) String reason) {
    }

    record RiskMeasureTaken(@NotNull RiskMeasure measure, @Size(max = 2000) String note) {
    }

    record RiskReview(@NotBlank @Size(max = 4000) String summary) {
    }

    record ArrearsReason(@NotBlank @Size(max = 2000) String reason) {
    }

    record FollowUp(@NotNull LocalDate dueOn, @NotBlank @Size(max = 2000) String action) {
    }

    /** Hardship reason checked by the case (R5.3: 422 NO_HARDSHIP_REASON), not by validation. */
    record Extension(@NotNull LocalDate extendedTo, @Size(max = 2000) String hardshipReason) {
    }

    /** Amount and hardship reason checked by the case (R5.3: 422 WAIVER_EXCEEDS_PENALTY, NO_HARDSHIP_REASON). */
    record PenaltyWaiver(@NotNull BigDecimal amount, @Size(max = 2000) String hardshipReason) {
    }

    record ExemptionRequest(@Pattern(regexp = ID) String exemptionId, @NotBlank @Size(max = 4000) String reason,
                            @NotEmpty @Size(max = 120) List<@NotNull @Valid Instalment> plan) {
    }

    record ExemptionRejection(@NotBlank @Size(max = 4000) String reason) {
    }

    record Litigation(@NotBlank @Size(max = 200) String court, @NotBlank @Size(max = 100) String courtCaseReference,
                      @NotNull LocalDate filedOn) {
    }

    record Complaint(@Pattern(regexp = ID) String complaintId, @NotNull ComplaintChannel channel,
                     @NotBlank @Size(max = 4000) String summary, @NotNull Instant receivedAt) {
    }

    record ComplaintHandling(@NotBlank @Size(max = 4000) String actionTaken) {
    }

    record ComplaintClosing(@NotBlank @Size(max = 4000) String outcome) {
    }

    /** The answer to every command: the case, the id of what was created (if any) and the case's new version. */
    record CommandAccepted(String caseId, String id, long version) {
    }
}

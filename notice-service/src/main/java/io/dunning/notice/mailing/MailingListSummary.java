package io.dunning.notice.mailing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;

/** A mailing list in a listing, without its lines. */
public record MailingListSummary(
        String id,
        String branchId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        int letterCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant closedAt,
        String closedBy,
        String href) {
}

package io.dunning.notice.mailing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The mailing list of one sending branch and one courier day (R3.3), frozen when closed. */
public record MailingList(
        String id,
        String branchId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        int letterCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant closedAt,
        String closedBy,
        List<MailingListLine> letters) {
}

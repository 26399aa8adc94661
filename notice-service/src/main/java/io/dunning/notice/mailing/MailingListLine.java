package io.dunning.notice.mailing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * One letter of a mailing list: recipient (role and masked party reference), address, content and waybill. The
 * recipient's name and address come with the encrypted party store (a later issue); until then the list shows the
 * masked party reference and an address placeholder.
 */
public record MailingListLine(
        int line,
        String letterNumber,
        String letterType,
        String letterTitle,
        String recipientRole,
        String recipientRef,
        String addressLine,
        String waybill,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant handedOverAt) {
}

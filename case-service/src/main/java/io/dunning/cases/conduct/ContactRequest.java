package io.dunning.cases.conduct;

import io.dunning.events.cases.ConductChannel;
import io.dunning.events.common.PartyId;
import java.time.ZoneId;
import java.util.Objects;

/**
 * May this party be contacted on this channel? Asked in the party's own time zone.
 *
 * @param party        whom
 * @param obligor      whether the party is an obligor of the case (a borrower or guarantor); else a third party
 * @param channel      how
 * @param zone         the party's IANA time zone: hours, days and holidays are the party's local ones
 * @param contactPoint the contact number's reference (e.g. {@code mobile-1}) the unanswered-attempts cap counts per
 */
public record ContactRequest(PartyId party, boolean obligor, ConductChannel channel, ZoneId zone,
                             String contactPoint) {

    public static final String PRIMARY = "primary";

    public ContactRequest {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(zone, "zone");
        contactPoint = contactPoint == null || contactPoint.isBlank() ? PRIMARY : contactPoint;
    }
}

package io.dunning.events.common;

/**
 * An obligor as events know it: who (by reference only), in which role, in which time zone.
 * Names, identity numbers, phones and addresses are never carried in events (DESIGN.md section 3).
 */
public record Obligor(PartyId partyId, ObligorRole role, String timeZone) {
}

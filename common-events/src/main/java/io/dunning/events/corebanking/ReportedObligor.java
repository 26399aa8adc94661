package io.dunning.events.corebanking;

/**
 * An obligor as core banking reports it, personal data included. Never stored in an event.
 *
 * @param role {@code BORROWER} or {@code GUARANTOR}
 * @param timeZone an IANA zone id, e.g. {@code Asia/Shanghai}
 */
public record ReportedObligor(
        String partyId,
        String role,
        String name,
        String idNumber,
        String phone,
        String address,
        String timeZone) {
}

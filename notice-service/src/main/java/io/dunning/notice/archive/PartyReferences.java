package io.dunning.notice.archive;

/**
 * Party references as lists and manifests print them: masked, so a printed or downloaded document does not name the
 * party by its full id. Names and addresses are not in this service (the encrypted party store comes later).
 */
public final class PartyReferences {

    public static final String ADDRESS_PLACEHOLDER = "(address withheld: party store not yet available)";

    private PartyReferences() {
    }

    /** Keeps the first character and the last two; at least three asterisks between. */
    public static String mask(String partyId) {
        if (partyId == null || partyId.isEmpty()) {
            return "";
        }
        if (partyId.length() <= 3) {
            return "***";
        }
        int hidden = partyId.length() - 3;
        return partyId.charAt(0) + "*".repeat(Math.max(3, hidden)) + partyId.substring(partyId.length() - 2);
    }
}

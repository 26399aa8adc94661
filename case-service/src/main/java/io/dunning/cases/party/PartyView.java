package io.dunning.cases.party;

import java.time.Instant;

/**
 * A party as shown: masked unless revealed; once erased every field reads {@value #ERASED}.
 *
 * @param masked whether the values are masked ({@link Masking})
 * @param erased whether the party was erased (crypto-shredded)
 */
public record PartyView(String partyId, String name, String idNumber, String phone, String address, boolean masked,
                        boolean erased, long version, Instant updatedAt) {

    public static final String ERASED = "[erased]";

    static PartyView of(StoredParty party, PersonalData data, boolean masked) {
        return new PartyView(party.partyId(), data.name(), data.idNumber(), data.phone(), data.address(), masked,
                false, party.version(), party.updatedAt());
    }

    static PartyView erased(StoredParty party) {
        return new PartyView(party.partyId(), ERASED, ERASED, ERASED, ERASED, true, true, party.version(),
                party.updatedAt());
    }
}

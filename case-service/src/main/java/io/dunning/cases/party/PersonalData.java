package io.dunning.cases.party;

/**
 * An obligor's personal data as core banking reports it (any field may be null). It lives only encrypted in the
 * party store; {@link #toString()} never prints it, so an accidental log line or exception message stays clean.
 */
public record PersonalData(String name, String idNumber, String phone, String address) {

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}

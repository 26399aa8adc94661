package io.dunning.cases.conduct;

import io.dunning.events.common.PartyId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the case recorded that the conduct rules depend on: the calls dialled, and whether an obligor is recorded
 * as unreachable (R6.5).
 */
public record ContactHistory(List<DialAttempt> attempts, boolean obligorUnreachable) {

    public static final ContactHistory NONE = new ContactHistory(List.of(), false);

    public ContactHistory {
        attempts = List.copyOf(attempts);
    }

    Stream<DialAttempt> callsTo(PartyId party) {
        return attempts.stream().filter(attempt -> attempt.party().equals(party));
    }

    static LocalDate localDate(DialAttempt attempt, ZoneId zone) {
        return attempt.at().atZone(zone).toLocalDate();
    }
}

package io.dunning.cases.conduct;

import io.dunning.cases.conduct.ContactRule.Hold;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * May this party be contacted on this channel at this instant (RULEBOOK section 6)? Evaluates the named rules of
 * the profile in force in the party's own time zone, the first that holds the contact back refusing it. A refusal
 * names the earliest later instant at which every rule lets the contact happen, if nothing else is recorded.
 */
public final class ContactPermissions {

    /** In the order a collector would read them: who, which day, which hour, then the call counts. */
    private static final List<ContactRule> RULES = List.of(
            new ThirdPartyOnlyWhenUnreachable(),
            new PublicHoliday(),
            new OutsideContactHours(),
            new ConversationCoolingOff(),
            new SevenInSevenDays(),
            new DailyCallCapReached(),
            new UnansweredAttemptsCap());

    /** Enough steps to cross any configured run of holidays, caps and nights; past it, no next time is named. */
    private static final int MAX_STEPS = 1_000;

    private ContactPermissions() {
    }

    /** The names a refusal can give as its rule, in evaluation order. */
    public static List<String> ruleNames() {
        return RULES.stream().map(ContactRule::name).toList();
    }

    public static ContactDecision evaluate(ContactProfile profile, ContactRequest request, ContactHistory history,
                                           Instant at) {
        Optional<Hold> hold = firstHold(profile, request, history, at);
        if (hold.isEmpty()) {
            return new ContactDecision.Permitted(request.obligor());
        }
        return new ContactDecision.Refused(hold.get().rule(), hold.get().reason(),
                nextAllowed(profile, request, history, hold.get()));
    }

    /**
     * When the contact window holding {@code at} closes: the profile's latest hour (R6.1) of that local day of the
     * party, the instant a contact permitted at {@code at} must be made before (DST-correct: a wall-clock time in a
     * gap moves forward). Earlier ends (a cap reached by other contacts meanwhile) are not foreseen.
     */
    public static Instant windowEnd(ContactProfile profile, ZoneId zone, Instant at) {
        return ZonedDateTime.of(at.atZone(zone).toLocalDate(), profile.latest(), zone).toInstant();
    }

    private static Instant nextAllowed(ContactProfile profile, ContactRequest request, ContactHistory history,
                                       Hold hold) {
        Hold current = hold;
        for (int step = 0; step < MAX_STEPS && current.until() != null; step++) {
            Instant candidate = current.until();
            Optional<Hold> next = firstHold(profile, request, history, candidate);
            if (next.isEmpty()) {
                return candidate;
            }
            current = next.get();
        }
        return null;
    }

    private static Optional<Hold> firstHold(ContactProfile profile, ContactRequest request, ContactHistory history,
                                            Instant at) {
        var local = at.atZone(request.zone());
        for (ContactRule rule : RULES) {
            Optional<Hold> hold = rule.holdAt(profile, request, history, local);
            if (hold.isPresent()) {
                return hold;
            }
        }
        return Optional.empty();
    }
}

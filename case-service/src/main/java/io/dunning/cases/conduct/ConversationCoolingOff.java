package io.dunning.cases.conduct;

import io.dunning.events.cases.ConductChannel;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * R6.1 (Reg F): no call within the profile's cooling-off days after a conversation with the party, the day of the
 * conversation being the first of them.
 */
final class ConversationCoolingOff implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        int days = profile.coolingOffDays();
        if (days == 0 || request.channel() != ConductChannel.CALL) {
            return Optional.empty();
        }
        LocalDate today = at.toLocalDate();
        Optional<LocalDate> lastConversation = history.callsTo(request.party())
                .filter(DialAttempt::answered)
                .map(call -> ContactHistory.localDate(call, at.getZone()))
                .filter(day -> !day.isAfter(today))
                .max(LocalDate::compareTo);
        if (lastConversation.isEmpty() || today.isAfter(lastConversation.get().plusDays(days - 1L))) {
            return Optional.empty();
        }
        LocalDate over = lastConversation.get().plusDays(days);
        return hold("R6.1 no call within " + days + " days after a conversation; the last was on "
                + lastConversation.get() + " (" + at.getZone() + ")", ContactRule.startOf(over, at.getZone()));
    }
}

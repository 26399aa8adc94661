package io.dunning.cases.collection;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.PartyId;
import java.time.Instant;

/**
 * The deadline payload: a deferred reminder of the ladder may be allowed from {@code at} on; ask the conduct rules
 * again, never before {@code at} (a deadline that fires late is asked about at the time it fires).
 */
record ReminderDue(LadderStep step, PartyId recipient, Instant at) {

    static final String DEADLINE = "reminder-due";
}

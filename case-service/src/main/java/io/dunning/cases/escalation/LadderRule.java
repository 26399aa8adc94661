package io.dunning.cases.escalation;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.ReminderChannel;

/**
 * One rung of the ladder: from which days past due it is due, what it does, to whom, and on which condition.
 *
 * @param channel    set for {@link StepAction#REMIND}
 * @param letterType set for {@link StepAction#SEND_LETTER}
 */
public record LadderRule(
        LadderStep step,
        int minDaysPastDue,
        StepAction action,
        ReminderChannel channel,
        LetterType letterType,
        Recipients recipients,
        StepCondition condition) {
}

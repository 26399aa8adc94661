package io.dunning.events.cases;

/** The channels of the friendly reminder (R1.1). */
public enum ReminderChannel {
    SMS,
    PHONE
}

package io.dunning.cases.escalation;

/** What a rung of the ladder does. */
public enum StepAction {
    /** a friendly reminder by SMS or phone */
    REMIND,
    /** a numbered letter to each recipient */
    SEND_LETTER,
    /** prepare the litigation file */
    PREPARE_LITIGATION,
    /** declare the whole loan due */
    DECLARE_ACCELERATION,
    /** litigation against every obligor becomes mandatory, unless an approved exemption holds */
    REQUIRE_LITIGATION
}

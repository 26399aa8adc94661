package io.dunning.contact.timeline;

/** What a timeline entry records. Daily DPD updates are not contacts and are not on the timeline. */
public enum EntryType {
    CASE_OPENED,
    /** a contact recorded in full (R4.1, R4.2): channel, place, participants, points made, reaction, agreement */
    CONTACT,
    /** a complaint recorded, handled or closed (R6.8) */
    COMPLAINT,
    /** a conduct decision (contact permitted or refused, R6.1-R6.5), a dial attempt, an obligor unreachable */
    CONDUCT,
    /** personal data revealed to staff, or the party erased (R6.7) */
    PERSONAL_DATA,
    REMINDER,
    LETTER,
    PROMISE,
    REPAYMENT_PLAN,
    PAYMENT,
    ESCALATION,
    EXEMPTION,
    LITIGATION,
    CONCESSION,
    COLLECTION_ACTIVITY,
    FOLLOW_UP,
    CASE_CURED,
    CASE_CLOSED
}

package io.dunning.contact.timeline;

/** What a timeline entry records. Daily DPD updates are not contacts and are not on the timeline. */
public enum EntryType {
    CASE_OPENED,
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

package io.dunning.notice.reminder;

/** Where a reminder SMS is: requested, handed to the provider, then sent or failed; or cancelled before. */
enum SmsState {
    REQUESTED,
    SUBMITTED,
    SENT,
    FAILED,
    CANCELLED
}

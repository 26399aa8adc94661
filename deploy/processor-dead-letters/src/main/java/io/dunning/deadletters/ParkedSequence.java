package io.dunning.deadletters;

import java.time.Instant;

/**
 * One parked sequence of a processing group: the events of one case that wait for ops, oldest first.
 *
 * @param sequenceId    the sequence (the case id: Axon's sequential-per-aggregate policy)
 * @param messageType   the payload type of the event that failed
 * @param eventId       that event's identifier
 * @param causeType     the exception class it failed with
 * @param causeMessage  its message (truncated by Axon to 1023 characters)
 * @param letters       events parked in the sequence (the failed one and every later one of the case)
 * @param retries       how often ops retried the sequence and it failed again
 * @param firstParkedAt when the failed event was parked
 * @param lastTouchedAt when the sequence was last parked or retried
 */
public record ParkedSequence(
        String sequenceId,
        String messageType,
        String eventId,
        String causeType,
        String causeMessage,
        long letters,
        long retries,
        Instant firstParkedAt,
        Instant lastTouchedAt) {
}

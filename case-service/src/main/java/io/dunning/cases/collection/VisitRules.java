package io.dunning.cases.collection;

import io.dunning.events.cases.ContactChannel;
import io.dunning.events.common.UserId;
import java.util.List;

/**
 * The rules of a home or workplace visit, as sentences: it is made by at least two collectors (R6.3) and keeps
 * its recording and at least two photos (R4.3). The minimums are the rulebook's; they move into the versioned
 * CollectionPolicy with the conduct profiles.
 */
final class VisitRules {

    static final int MIN_COLLECTORS = 2;
    static final int MIN_PHOTOS = 2;

    private VisitRules() {
    }

    static boolean madeByEnoughCollectors(ContactChannel channel, List<UserId> participants) {
        return !channel.isVisit() || participants.stream().distinct().count() >= MIN_COLLECTORS;
    }

    static boolean keepsItsEvidence(ContactChannel channel, String recordingRef, List<String> photoRefs) {
        return !channel.isVisit() || (recordingRef != null && !recordingRef.isBlank()
                && photoRefs != null && photoRefs.stream().filter(p -> p != null && !p.isBlank()).distinct().count()
                >= MIN_PHOTOS);
    }
}

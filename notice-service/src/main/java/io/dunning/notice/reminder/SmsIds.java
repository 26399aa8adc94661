package io.dunning.notice.reminder;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of the one SMS of (case, ladder step, recipient): derived from the dispatch claim, so a redelivered request
 * names the same SMS, and the provider's idempotency key (= this id) never lets it out twice.
 */
public final class SmsIds {

    private SmsIds() {
    }

    public static String of(CaseId caseId, LadderStep step, PartyId recipient) {
        String claim = caseId.value() + '|' + step.name() + '|' + recipient.value();
        return "SMS-" + UUID.nameUUIDFromBytes(claim.getBytes(StandardCharsets.UTF_8));
    }
}

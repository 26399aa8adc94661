package io.dunning.notice.reminder;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The id of the one SMS of (case, ladder step, recipient): derived from the dispatch claim, so a redelivered request
 * names the same SMS, and the provider's idempotency key (= this id) never lets it out twice.
 */
public final class SmsIds {

    private SmsIds() {
    }

    public static String of(CaseId caseId, LadderStep step, PartyId recipient) {
        return of(caseId, step, recipient, null);
    }

    /**
     * The id of the SMS of (case, ladder step, recipient) requested for the contact window ending at
     * {@code sendBefore}: a reminder the case requests anew for a later window (ADR 0009) is another SMS; without a
     * window end, the same id as before.
     */
    public static String of(CaseId caseId, LadderStep step, PartyId recipient, Instant sendBefore) {
        String claim = caseId.value() + '|' + step.name() + '|' + recipient.value()
                + (sendBefore == null ? "" : "|" + sendBefore);
        return "SMS-" + UUID.nameUUIDFromBytes(claim.getBytes(StandardCharsets.UTF_8));
    }
}

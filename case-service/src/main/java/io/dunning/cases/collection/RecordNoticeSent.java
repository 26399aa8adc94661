package io.dunning.cases.collection;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.NoticeChannel;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** notice-service reports a letter handed to the courier or an SMS sent (R3.1); letter fields null for an SMS. */
public record RecordNoticeSent(
        @TargetAggregateIdentifier CaseId caseId,
        NoticeChannel channel,
        LadderStep step,
        PartyId recipient,
        String letterNumber,
        LetterType letterType,
        String waybill,
        String smsId,
        Instant sentAt,
        String sourceEventId) {
}

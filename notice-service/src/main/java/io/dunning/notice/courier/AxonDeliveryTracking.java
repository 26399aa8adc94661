package io.dunning.notice.courier;

import io.dunning.notice.letter.LetterRuleViolation;
import io.dunning.notice.letter.RecordDelivery;
import io.dunning.notice.letter.RecordReturn;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Delivery results go to the Letter aggregate as commands (R3.2). The aggregate absorbs a repeated fact and
 * refuses a contradicting one; its handlers return nothing, so a repeat is reported as RECORDED too (the
 * callback answers 202 either way and nothing changes). A letter not yet handed over (the callback overtook
 * RecordWaybill) fails as transient, so the courier is answered 503 and retries.
 */
@Component
class AxonDeliveryTracking implements DeliveryTracking {

    private final CommandGateway commands;

    AxonDeliveryTracking(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public CompletionStage<Outcome> delivered(String letterNumber, String waybill, String proofOfDeliveryRef,
                                              Instant at) {
        return send(new RecordDelivery(letterNumber, proofOfDeliveryRef, at), letterNumber);
    }

    @Override
    public CompletionStage<Outcome> returned(String letterNumber, String waybill, String returnReason,
                                             String returnedItemRef, Instant at) {
        return send(new RecordReturn(letterNumber, returnReason, returnedItemRef, at), letterNumber);
    }

    private CompletionStage<Outcome> send(Object command, String letterNumber) {
        return commands.send(command).handle((result, error) -> {
            if (error == null) {
                return Outcome.RECORDED;
            }
            throw translate(error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error,
                    letterNumber);
        });
    }

    private static RuntimeException translate(Throwable error, String letterNumber) {
        if (error instanceof AggregateNotFoundException) {
            return new TrackingRefused(TrackingRefused.Reason.UNKNOWN_LETTER, letterNumber);
        }
        if (error instanceof LetterRuleViolation v && v.code() != LetterRuleViolation.Code.NOT_DISPATCHED) {
            return new TrackingRefused(TrackingRefused.Reason.CONFLICTING_RESULT, letterNumber);
        }
        return error instanceof RuntimeException r ? r : new IllegalStateException(error);
    }
}

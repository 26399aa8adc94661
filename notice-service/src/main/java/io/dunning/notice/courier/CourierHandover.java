package io.dunning.notice.courier;

import io.dunning.events.notice.LetterIssued;
import io.dunning.notice.courier.CourierGateway.Handover;
import io.dunning.notice.courier.CourierGateway.HandoverReceipt;
import io.dunning.notice.letter.LetterRuleViolation;
import io.dunning.notice.letter.RecordWaybill;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands every issued letter to the courier and records the waybill on the letter (R3.1). Runs in its own
 * tracking processor: a courier outage fails the handler, the processor retries it later with the same
 * idempotency key (so never a second shipment, whatever the replays), and the letter stays "awaiting courier"
 * meanwhile. A letter the courier refuses (4xx) is logged and skipped, not retried forever. A letter cancelled
 * while the handover was in flight (a cure) is cancelled at the courier too; if the courier refuses that (it
 * delivered already), that is logged and skipped as well.
 */
@Component
@ProcessingGroup(CourierHandover.PROCESSING_GROUP)
class CourierHandover {

    static final String PROCESSING_GROUP = "courier-handover";
    private static final Logger log = LoggerFactory.getLogger(CourierHandover.class);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final CourierGateway courier;
    private final CommandGateway commands;

    CourierHandover(CourierGateway courier, CommandGateway commands) {
        this.courier = courier;
        this.commands = commands;
    }

    @EventHandler
    void on(LetterIssued letter) {
        HandoverReceipt receipt;
        try {
            receipt = courier.handOver(new Handover(letter.letterNumber(), letter.recipient().value(),
                    letter.branchId().value(), "handover-" + letter.letterNumber())).block(PATIENCE);
        } catch (CourierRejected e) {
            log.error("Letter {} refused by the courier ({} {}): not handed over", letter.letterNumber(),
                    e.status(), e.code());
            return;
        }
        try {
            commands.sendAndWait(new RecordWaybill(letter.letterNumber(), receipt.waybill(), receipt.acceptedAt()));
        } catch (LetterRuleViolation e) {
            if (e.code() != LetterRuleViolation.Code.DISPATCH_CANCELLED) {
                throw e;
            }
            log.info("Letter {} was cancelled during its handover: cancelling waybill {}", letter.letterNumber(),
                    receipt.waybill());
            try {
                courier.cancel(receipt.waybill(), letter.letterNumber()).block(PATIENCE);
            } catch (CourierRejected refused) {
                // e.g. 409 ALREADY_DELIVERED: retrying cannot succeed and would hold up every later handover
                log.error("Letter {} was cancelled, but the courier refused to cancel waybill {} ({} {}): left as is",
                        letter.letterNumber(), receipt.waybill(), refused.status(), refused.code());
            }
        }
    }
}

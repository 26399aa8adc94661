package io.dunning.notice.archive;

import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.LetterDelivered;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterReturned;
import io.dunning.notice.config.ProcessorConfig;
import io.dunning.notice.letter.LetterState;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completes the archive of a letter (R3.4) from its events: the waybill, the delivery proof, the returned item,
 * the cancellation. Subscribing processor {@value ProcessorConfig#LETTER_ARCHIVE}: runs in the command's
 * transaction, so the archive never disagrees with the event store.
 */
@Component
@ProcessingGroup(ProcessorConfig.LETTER_ARCHIVE)
class LetterArchiveProjector {

    private final JdbcTemplate jdbc;

    LetterArchiveProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LetterDispatched event) {
        update("waybill = ?, dispatched_at = ?", event.letterNumber(), LetterState.DISPATCHED,
                event.waybill(), Timestamp.from(event.dispatchedAt()));
    }

    @EventHandler
    void on(LetterDelivered event) {
        update("delivery_proof_ref = ?, delivered_at = ?", event.letterNumber(), LetterState.DELIVERED,
                event.proofOfDeliveryRef(), Timestamp.from(event.deliveredAt()));
    }

    @EventHandler
    void on(LetterReturned event) {
        update("returned_item_ref = ?, return_reason = ?, returned_at = ?", event.letterNumber(),
                LetterState.RETURNED, event.returnedItemRef(), event.returnReason(),
                Timestamp.from(event.returnedAt()));
    }

    @EventHandler
    void on(DispatchCancelled event) {
        if (event.letterNumber() == null) {
            return; // a cancelled reminder SMS, not a letter
        }
        update("cancel_reason = ?", event.letterNumber(), LetterState.CANCELLED, event.reason());
    }

    private void update(String assignments, String letterNumber, LetterState state, Object... values) {
        Object[] arguments = new Object[values.length + 2];
        arguments[0] = state.name();
        System.arraycopy(values, 0, arguments, 1, values.length);
        arguments[arguments.length - 1] = letterNumber;
        int updated = jdbc.update("UPDATE letter_archive SET state = ?, " + assignments + " WHERE letter_number = ?",
                arguments);
        if (updated != 1) {
            throw new IllegalStateException("letter " + letterNumber + " is not in the archive");
        }
    }
}

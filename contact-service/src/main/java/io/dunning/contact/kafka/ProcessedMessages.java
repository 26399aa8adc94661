package io.dunning.contact.kafka;

import io.dunning.platform.kafka.ProcessedMessageTable;
import java.util.Collection;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ids (ce_id) of the records applied, written in the transaction of the projection writes (DESIGN.md 4). */
@Component
class ProcessedMessages {

    static final String CONSUMER = "contact-projections";

    private final ProcessedMessageTable table;

    ProcessedMessages(JdbcTemplate jdbc) {
        this.table = new ProcessedMessageTable(jdbc);
    }

    /** Which of the messages were processed before (committed), in one query. */
    Set<String> processedAmong(Collection<String> messageIds) {
        return table.processedAmong(CONSUMER, messageIds);
    }

    /** Records every message as processed in one statement; the number of them that were new. */
    int markAllProcessed(Collection<String> messageIds) {
        return table.markAllProcessed(CONSUMER, messageIds);
    }
}

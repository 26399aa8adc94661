package io.dunning.contact.kafka;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ids (ce_id) of the records applied, written in the transaction of the projection writes (DESIGN.md 4). */
@Component
class ProcessedMessages {

    static final String CONSUMER = "contact-projections";

    private final JdbcTemplate jdbc;

    ProcessedMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of the messages were processed before (committed), in one query. */
    Set<String> processedAmong(Collection<String> messageIds) {
        Set<String> processed = new HashSet<>();
        if (!messageIds.isEmpty()) {
            jdbc.query("SELECT message_id FROM processed_message WHERE consumer = ? AND message_id = ANY(?)",
                    rs -> {
                        processed.add(rs.getString(1));
                    }, CONSUMER, messageIds.toArray(String[]::new));
        }
        return processed;
    }

    /**
     * Records every message as processed in one statement; the number of them that were new. Fewer than given means
     * another transaction recorded one of them since {@link #processedAmong} said it had not.
     */
    int markAllProcessed(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("INSERT INTO processed_message (consumer, message_id) SELECT ?, unnest(?::text[])"
                + " ON CONFLICT (consumer, message_id) DO NOTHING", CONSUMER, messageIds.toArray(String[]::new));
    }
}

package io.dunning.platform.kafka;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code processed_message} table of an idempotent consumer (DESIGN.md 4): the ids of the messages a consumer
 * applied, written in the transaction of their effect, so that a redelivered message is recognised and skipped. One
 * at a time ({@link #markProcessed}) or a chunk at a time ({@link #processedAmong} when the chunk starts, {@link
 * #markAllProcessed} before it commits). Each service creates the table with Flyway: {@code (consumer, message_id)}
 * primary key.
 */
public class ProcessedMessageTable {

    private final JdbcTemplate jdbc;

    public ProcessedMessageTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message as processed; false when it was processed before (a duplicate to skip). */
    public boolean markProcessed(String consumer, String messageId) {
        return jdbc.update("INSERT INTO processed_message (consumer, message_id) VALUES (?, ?)"
                + " ON CONFLICT (consumer, message_id) DO NOTHING", consumer, messageId) == 1;
    }

    /** Which of the messages the consumer processed before (committed), in one query. */
    public Set<String> processedAmong(String consumer, Collection<String> messageIds) {
        Set<String> processed = new HashSet<>();
        if (!messageIds.isEmpty()) {
            jdbc.query("SELECT message_id FROM processed_message WHERE consumer = ? AND message_id = ANY(?)",
                    rs -> {
                        processed.add(rs.getString(1));
                    }, consumer, messageIds.toArray(String[]::new));
        }
        return processed;
    }

    /**
     * Records every message as processed in one statement; the number of them that were new. Fewer than given means
     * another transaction recorded one of them since {@link #processedAmong} said it had not.
     */
    public int markAllProcessed(String consumer, Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("INSERT INTO processed_message (consumer, message_id) SELECT ?, unnest(?::text[])"
                + " ON CONFLICT (consumer, message_id) DO NOTHING", consumer, messageIds.toArray(String[]::new));
    }
}

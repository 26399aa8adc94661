package io.dunning.notice.kafka;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ids of the messages a consumer processed, written in the transaction of their effect (DESIGN.md 4). */
@Component
class ProcessedMessages {

    private final JdbcTemplate jdbc;

    ProcessedMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message as processed; false when it was processed before (a duplicate to skip). */
    boolean markProcessed(String consumer, String messageId) {
        return jdbc.update("INSERT INTO processed_message (consumer, message_id) VALUES (?, ?)"
                + " ON CONFLICT (consumer, message_id) DO NOTHING", consumer, messageId) == 1;
    }
}

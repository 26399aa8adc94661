package io.dunning.contact.kafka;

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

    /** Records the message as processed; false when it was processed before (a duplicate to skip). */
    boolean markProcessed(String messageId) {
        return jdbc.update("INSERT INTO processed_message (consumer, message_id) VALUES (?, ?)"
                + " ON CONFLICT (consumer, message_id) DO NOTHING", CONSUMER, messageId) == 1;
    }
}

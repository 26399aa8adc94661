package io.dunning.cases.kafka;

import io.dunning.platform.kafka.ProcessedMessageTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ids of the messages case-service's consumers processed, written in the transaction of their effect. */
@Component
class ProcessedMessages extends ProcessedMessageTable {

    ProcessedMessages(JdbcTemplate jdbc) {
        super(jdbc);
    }
}

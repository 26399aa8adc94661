package io.dunning.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * On the real PostgreSQL: each applied record writes its offset and its transaction's id, so the test sees which
 * records committed and in how many transactions.
 */
class PollTransactionsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource(SharedTestInfrastructure.jdbcUrl("platform_poll"), "postgres", "postgres"));
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(jdbc.getDataSource());
    private final List<Long> attempts = new ArrayList<>();

    @BeforeEach
    void table() {
        jdbc.execute("DROP TABLE IF EXISTS applied_record");
        jdbc.execute("CREATE TABLE applied_record (record_offset BIGINT PRIMARY KEY, tx BIGINT NOT NULL)");
    }

    @Test
    @DisplayName("a poll within the chunk time commits in ONE transaction")
    void wholePollInOneTransaction() {
        new PollTransactions(transactions, Duration.ofSeconds(1), DEADLINE, () -> 0L).apply(poll(7), apply(-1));

        assertThat(offsetsCommitted()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(transactionsUsed()).isEqualTo(1);
    }

    @Test
    @DisplayName("a chunk commits when its time is spent and the next one goes on: every record once, in order")
    void chunksByTime() {
        AtomicLong clock = new AtomicLong();
        PollTransactions poll = new PollTransactions(transactions, Duration.ofMillis(1500), DEADLINE,
                () -> clock.getAndAdd(Duration.ofSeconds(1).toNanos()));

        poll.apply(poll(7), apply(-1));

        assertThat(offsetsCommitted()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(transactionsUsed()).isEqualTo(4);
        assertThat(attempts).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    @DisplayName("a failing record rolls its chunk back; the records before it commit alone, it is handed over")
    void poisonHandedToTheErrorHandler() {
        List<ConsumerRecord<String, String>> records = poll(6);

        assertThatThrownBy(() -> new PollTransactions(transactions, Duration.ofSeconds(1), DEADLINE, () -> 0L)
                .apply(records, apply(3)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getRecord()).isSameAs(records.get(3)));

        assertThat(offsetsCommitted()).containsExactly(0L, 1L, 2L);
        assertThat(transactionsUsed()).isEqualTo(3);
        assertThat(attempts).containsExactly(0L, 1L, 2L, 3L, 0L, 1L, 2L, 3L);
    }

    @Test
    @DisplayName("a record that failed alone in its chunk is handed over without a second attempt")
    void loneFailureNotReplayed() {
        List<ConsumerRecord<String, String>> records = poll(3);
        AtomicLong clock = new AtomicLong();
        PollTransactions poll = new PollTransactions(transactions, Duration.ofMillis(500), DEADLINE,
                () -> clock.getAndAdd(Duration.ofSeconds(1).toNanos()));

        assertThatThrownBy(() -> poll.apply(records, apply(1)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getRecord()).isSameAs(records.get(1)));

        assertThat(offsetsCommitted()).containsExactly(0L);
        assertThat(attempts).containsExactly(0L, 1L);
    }

    @Test
    @DisplayName("a chunk time at or above the deadline is refused")
    void chunkTimeBelowDeadline() {
        assertThatThrownBy(() -> new PollTransactions(transactions, DEADLINE, DEADLINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Consumer<ConsumerRecord<String, String>> apply(long poisonOffset) {
        return record -> {
            attempts.add(record.offset());
            jdbc.update("INSERT INTO applied_record (record_offset, tx) VALUES (?, txid_current())",
                    record.offset());
            if (record.offset() == poisonOffset) {
                throw new IllegalStateException("poison at " + poisonOffset);
            }
        };
    }

    private List<Long> offsetsCommitted() {
        return jdbc.queryForList("SELECT record_offset FROM applied_record ORDER BY record_offset", Long.class);
    }

    private int transactionsUsed() {
        return jdbc.queryForObject("SELECT count(DISTINCT tx) FROM applied_record", Integer.class);
    }

    private static List<ConsumerRecord<String, String>> poll(int size) {
        return IntStream.range(0, size)
                .mapToObj(offset -> new ConsumerRecord<>("loans", 0, offset, "loan-" + offset, "body")).toList();
    }
}

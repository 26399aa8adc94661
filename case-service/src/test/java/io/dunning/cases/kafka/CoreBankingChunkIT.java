package io.dunning.cases.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import io.dunning.events.corebanking.CoreBankingEventType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import javax.sql.DataSource;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chunk reads what its records need once and writes it back at commit, its processed ids as it goes
 * (CoreBankingChunk): records of one loan in
 * one chunk must see each other's effects as if applied one transaction each (the case one opened, the standing one
 * reported, the party data one stored), and a duplicate within the chunk is skipped. The polls are handed to the
 * listener directly, as the container would, so that they are applied as one chunk.
 */
class CoreBankingChunkIT extends CaseServiceIntegrationTest {

    private static final AtomicLong OFFSETS = new AtomicLong(2_000_000);
    private static final LocalDate DUE = CoreBankingFeed.DUE;

    @Autowired
    private CoreBankingBatchListener batchListener;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CoreBankingRecordHandler handler;
    @Autowired
    private CoreBankingRecordParser parser;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private DataSource dataSource;

    @Test
    @DisplayName("a record that opens a case and the next ones of its loan in the same chunk update that case; "
            + "a duplicate in the chunk is skipped")
    void aCaseOpenedInAChunkIsUpdatedByTheNextRecordsOfItsLoan() {
        String loan = CoreBankingFeed.newLoanId();
        String opened = id();
        String reported = id();
        String paid = id();
        String report = CoreBankingFeed.delinquency(reported, loan, 5, "2500.00", DUE.plusDays(5));

        batchListener.on(List.of(
                delinquency(loan, CoreBankingFeed.delinquency(opened, loan, 1, "2500.00", DUE.plusDays(1))),
                delinquency(loan, report),
                payment(loan, CoreBankingFeed.payment(paid, loan, "pay-" + loan, "100.00", "2400.00",
                        DUE.plusDays(6))),
                delinquency(loan, report)));

        assertThat(processed(List.of(opened, reported, paid))).containsExactly(1, 1, 1);
        assertThat(casesOf(loan)).as("one case for the loan").hasSize(1);
        String caseId = casesOf(loan).get(0);
        assertThat(jdbc.queryForObject("SELECT case_id FROM open_case_by_loan WHERE loan_id = ?", String.class,
                loan)).isEqualTo(caseId);
        assertThat(eventTypes(caseId)).containsSubsequence("CaseOpened", "DelinquencyUpdated", "PaymentReceived")
                .containsOnlyOnce("DelinquencyUpdated", "PaymentReceived");
        assertThat(jdbc.queryForMap("SELECT days_past_due, paid_since FROM reported_standing WHERE loan_id = ?",
                loan)).containsEntry("days_past_due", 5).containsEntry("paid_since", true);
    }

    @Test
    @DisplayName("a case cured in a chunk is closed for the next report of its loan in the same chunk, which opens "
            + "a new case")
    void aReportAfterACureInTheSameChunkOpensANewCase() {
        String loan = CoreBankingFeed.newLoanId();
        batchListener.on(List.of(
                delinquency(loan, CoreBankingFeed.delinquency(id(), loan, 10, "2500.00", DUE.plusDays(10))),
                payment(loan, CoreBankingFeed.payment(id(), loan, "pay-" + loan, "2500.00", "0", DUE.plusDays(11))),
                delinquency(loan, CoreBankingFeed.delinquency(id(), loan, 3, "800.00", DUE.plusDays(40)))));

        List<String> cases = casesOf(loan);
        assertThat(cases).as("the cured case and a new one").hasSize(2);
        assertThat(jdbc.queryForObject("SELECT case_id FROM open_case_by_loan WHERE loan_id = ?", String.class,
                loan)).isIn(cases);
        assertThat(cases.stream().map(this::eventTypes).filter(types -> types.contains("CaseCured"))).hasSize(1);
    }

    @Test
    @DisplayName("days past due falling within a chunk without a payment: that record alone goes to the error "
            + "handler, the records before it are applied once, the ones after it when polled again")
    void aLoanWhoseDaysPastDueFellWithinTheChunkHasThatRecordRefused() {
        String loan = CoreBankingFeed.newLoanId();
        String other = CoreBankingFeed.newLoanId();
        String first = id();
        String after = id();
        ConsumerRecord<String, byte[]> fell = delinquency(loan,
                CoreBankingFeed.delinquency(id(), loan, 20, "2500.00", DUE.plusDays(41)));
        List<ConsumerRecord<String, byte[]>> poll = List.of(
                delinquency(loan, CoreBankingFeed.delinquency(first, loan, 40, "2500.00", DUE.plusDays(40))),
                fell,
                delinquency(other, CoreBankingFeed.delinquency(after, other, 1)));

        assertThatThrownBy(() -> batchListener.on(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(fell);
                    assertThat(e.getCause()).isInstanceOfSatisfying(InvalidRecordException.class,
                            cause -> assertThat(cause.reason()).isEqualTo(InvalidRecordException.Reason.IMPLAUSIBLE));
                });
        assertThat(processed(List.of(first, after))).containsExactly(1, 0);
        assertThat(jdbc.queryForObject("SELECT days_past_due FROM reported_standing WHERE loan_id = ?",
                Integer.class, loan)).as("the refused report left the standing as it was").isEqualTo(40);

        batchListener.on(List.of(poll.get(2)));
        assertThat(processed(List.of(first, after))).containsExactly(1, 1);
    }

    @Test
    @DisplayName("R6.7 a party named by several records of a chunk: its latest report is stored, the version counts "
            + "every report that changed it, a late older one changes nothing")
    void aPartyReportedSeveralTimesInAChunkKeepsItsLatestData() {
        String party = "P-" + UUID.randomUUID();
        String latest = id();
        batchListener.on(List.of(
                withBorrower(party, id(), DUE.plusDays(5)),
                withBorrower(party, latest, DUE.plusDays(7)),
                withBorrower(party, id(), DUE.plusDays(6))));

        Map<String, Object> row = jdbc.queryForMap("SELECT version, as_of, source_event_id FROM party"
                + " WHERE party_id = ?", party);
        assertThat(row).containsEntry("version", 2L).containsEntry("source_event_id", latest);
        assertThat(row.get("as_of").toString()).isEqualTo(DUE.plusDays(7).toString());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM party_key WHERE party_id = ? AND wrapped_key IS NOT NULL",
                Integer.class, party)).isEqualTo(1);

        batchListener.on(List.of(withBorrower(party, id(), DUE.plusDays(8))));
        assertThat(jdbc.queryForObject("SELECT version FROM party WHERE party_id = ?", Long.class, party))
                .as("a later chunk goes on counting").isEqualTo(3L);
    }

    @Test
    @DisplayName("a record another consumer applied after the chunk read ahead (a partition moved in a rebalance) is a "
            + "duplicate: skipped, no second event; the chunk's other records commit with their processed ids")
    void aRecordAppliedElsewhereAfterTheReadAheadIsSkipped() throws Exception {
        String loan = CoreBankingFeed.newLoanId();
        String opened = id();
        String elsewhere = id();
        Object first = parser.parse(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED,
                CoreBankingFeed.delinquency(opened, loan, 1, "2500.00", DUE.plusDays(1))
                        .getBytes(StandardCharsets.UTF_8));
        Object second = parser.parse(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED,
                CoreBankingFeed.delinquency(elsewhere, loan, 2, "2500.00", DUE.plusDays(2))
                        .getBytes(StandardCharsets.UTF_8));
        List<Object> poll = List.of(first, second);

        List<Boolean> applied = transaction.execute(status -> {
            boolean one = handler.apply(first, () -> poll);
            try (Connection other = dataSource.getConnection()) {
                other.setAutoCommit(true);
                other.createStatement().executeUpdate("INSERT INTO processed_message (consumer, message_id)"
                        + " VALUES ('" + CoreBankingRecordHandler.CONSUMER + "', '" + elsewhere + "')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return List.of(one, handler.apply(second, () -> List.of(second)));
        });

        assertThat(applied).containsExactly(true, false);
        assertThat(processed(List.of(opened, elsewhere))).containsExactly(1, 1);
        assertThat(eventTypes(casesOf(loan).get(0))).as("the second report was not applied here")
                .contains("CaseOpened").doesNotContain("DelinquencyUpdated");
    }

    /** A report of a new loan whose borrower is {@code party}. */
    private static ConsumerRecord<String, byte[]> withBorrower(String party, String eventId, LocalDate asOf) {
        String loan = CoreBankingFeed.newLoanId();
        return delinquency(loan, CoreBankingFeed.delinquency(eventId, loan, 1, "2500.00", asOf)
                .replace("\"P-B1\"", "\"" + party + "\""));
    }

    private List<Integer> processed(List<String> eventIds) {
        return eventIds.stream().map(id -> jdbc.queryForObject("SELECT count(*) FROM processed_message"
                + " WHERE consumer = ? AND message_id = ?", Integer.class, CoreBankingRecordHandler.CONSUMER, id))
                .toList();
    }

    private List<String> casesOf(String loanId) {
        return jdbc.queryForList("""
                SELECT aggregate_identifier FROM domain_event_entry
                WHERE payload_type = 'io.dunning.events.cases.CaseOpened'
                  AND convert_from(payload, 'UTF8') LIKE ? ORDER BY global_index""", String.class,
                "%" + loanId + "%");
    }

    private List<String> eventTypes(String caseId) {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", String.class, caseId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static ConsumerRecord<String, byte[]> delinquency(String loanId, String body) {
        return record(loanId, CoreBankingFeed.DELINQUENCY, body);
    }

    private static ConsumerRecord<String, byte[]> payment(String loanId, String body) {
        return record(loanId, CoreBankingFeed.PAYMENT, body);
    }

    private static ConsumerRecord<String, byte[]> record(String loanId, String ceType, String body) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CORE_BANKING_LOAN_EVENTS, 0,
                OFFSETS.incrementAndGet(), loanId, body.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}

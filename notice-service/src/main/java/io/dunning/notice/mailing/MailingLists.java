package io.dunning.notice.mailing;

import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.notice.archive.LetterArchive;
import io.dunning.notice.archive.PartyReferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes and reads mailing lists (R3.3). Closing (branch, day) inserts the list row once (the unique (branch, day)
 * makes a second or concurrent closing find the first one) and, only when it created it, takes the branch's
 * letters handed over in that courier day and not yet on a list, copies them into the list's lines (one line per
 * letter ever: the line's primary key is the letter number) and files the list id in the letter archive.
 */
@Component
public class MailingLists {

    /** Who closed a list. */
    public enum Trigger { REQUEST, SCHEDULE }

    private static final Logger log = LoggerFactory.getLogger(MailingLists.class);
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final LetterArchive archive;
    private final CourierDays days;
    private final Clock clock;
    private final MailingMetrics metrics;

    MailingLists(JdbcTemplate jdbc, LetterArchive archive, CourierDays days, Clock clock, MailingMetrics metrics) {
        this.jdbc = jdbc;
        this.archive = archive;
        this.days = days;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional
    public MailingList close(BranchId branch, LocalDate day, Trigger trigger) {
        Instant now = clock.instant();
        if (!days.isOver(day, now)) {
            throw new MailingDayNotOver(day, days.closesAt(day));
        }
        String id = "ML-" + branch.value() + "-" + ID_DATE.format(day);
        int created = jdbc.update("INSERT INTO mailing_list (mailing_list_id, branch_id, mailing_day, letter_count,"
                + " closed_at, closed_by) VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING", id, branch.value(),
                java.sql.Date.valueOf(day), Timestamp.from(now), trigger.name());
        if (created == 1) {
            int count = takeLetters(id, branch, day);
            metrics.closed(trigger, count);
            log.info("Mailing list {} closed ({}): branch {}, day {}, {} letters", id, trigger, branch.value(), day,
                    count);
        } else {
            log.info("Mailing list {} of branch {}, day {} was closed before", id, branch.value(), day);
        }
        return find(id).orElseThrow();
    }

    private int takeLetters(String id, BranchId branch, LocalDate day) {
        List<Object[]> lines = new ArrayList<>();
        List<String> letterNumbers = new ArrayList<>();
        jdbc.query("SELECT letter_number, letter_type, recipient_role, recipient_id, waybill, dispatched_at"
                + " FROM letter_archive WHERE branch_id = ? AND waybill IS NOT NULL AND mailing_list_id IS NULL"
                + " AND dispatched_at >= ? AND dispatched_at < ? ORDER BY dispatched_at, letter_number FOR UPDATE",
                rs -> {
                    letterNumbers.add(rs.getString(1));
                    lines.add(new Object[] {rs.getString(1), id, lines.size() + 1, rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6)});
                }, branch.value(), Timestamp.from(days.opensAt(day)), Timestamp.from(days.closesAt(day)));
        jdbc.batchUpdate("INSERT INTO mailing_list_line (letter_number, mailing_list_id, line_no, letter_type,"
                + " recipient_role, recipient_id, waybill, handed_over_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lines);
        letterNumbers.forEach(number -> archive.recordMailingList(number, id));
        jdbc.update("UPDATE mailing_list SET letter_count = ? WHERE mailing_list_id = ?", lines.size(), id);
        return lines.size();
    }

    public Optional<MailingList> find(String id) {
        List<MailingListLine> lines = jdbc.query("SELECT line_no, letter_number, letter_type, recipient_role,"
                + " recipient_id, waybill, handed_over_at FROM mailing_list_line WHERE mailing_list_id = ?"
                + " ORDER BY line_no", MailingLists::line, id);
        return jdbc.query("SELECT mailing_list_id, branch_id, mailing_day, letter_count, closed_at, closed_by"
                        + " FROM mailing_list WHERE mailing_list_id = ?",
                (rs, row) -> new MailingList(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6), lines), id)
                .stream().findFirst();
    }

    /** Lists newest day first, optionally of one branch and/or one day. */
    public MailingListPage page(Optional<String> branchId, Optional<LocalDate> day, int page, int size) {
        String where = " WHERE (CAST(? AS VARCHAR) IS NULL OR branch_id = ?) AND (CAST(? AS DATE) IS NULL"
                + " OR mailing_day = ?)";
        String branch = branchId.orElse(null);
        java.sql.Date date = day.map(java.sql.Date::valueOf).orElse(null);
        Long total = jdbc.queryForObject("SELECT count(*) FROM mailing_list" + where, Long.class, branch, branch,
                date, date);
        List<MailingListSummary> items = jdbc.query("SELECT mailing_list_id, branch_id, mailing_day, letter_count,"
                        + " closed_at, closed_by FROM mailing_list" + where
                        + " ORDER BY mailing_day DESC, branch_id LIMIT ? OFFSET ?",
                (rs, row) -> new MailingListSummary(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        "/mailing-lists/" + rs.getString(1)),
                branch, branch, date, date, size, (long) page * size);
        long totalItems = total == null ? 0 : total;
        return new MailingListPage(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    private static MailingListLine line(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("letter_type");
        return new MailingListLine(rs.getInt("line_no"), rs.getString("letter_number"), type,
                LetterType.valueOf(type).title(), rs.getString("recipient_role"),
                PartyReferences.mask(rs.getString("recipient_id")), PartyReferences.ADDRESS_PLACEHOLDER,
                rs.getString("waybill"), rs.getTimestamp("handed_over_at").toInstant());
    }
}

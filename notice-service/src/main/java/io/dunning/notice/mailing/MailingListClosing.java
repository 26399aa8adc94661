package io.dunning.notice.mailing;

import io.dunning.events.common.BranchId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily closing (run by db-scheduler at the cut-off): closes the list of every branch with letters handed over
 * in a day that is over and not yet on a list, the days missed while the service was down included.
 */
@Component
public class MailingListClosing {

    private static final Logger log = LoggerFactory.getLogger(MailingListClosing.class);

    private final JdbcTemplate jdbc;
    private final MailingLists lists;
    private final CourierDays days;
    private final Clock clock;

    MailingListClosing(JdbcTemplate jdbc, MailingLists lists, CourierDays days, Clock clock) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.days = days;
        this.clock = clock;
    }

    /** @return the number of lists closed now */
    public int closeDueLists() {
        Instant now = clock.instant();
        Instant cutOff = days.closesAt(days.lastDayOver(now));
        Map<String, Set<LocalDate>> due = new TreeMap<>();
        jdbc.query("SELECT branch_id, dispatched_at FROM letter_archive WHERE waybill IS NOT NULL"
                        + " AND mailing_list_id IS NULL AND dispatched_at < ?",
                rs -> {
                    due.computeIfAbsent(rs.getString(1), b -> new TreeSet<>())
                            .add(days.dayOf(rs.getTimestamp(2).toInstant()));
                }, java.sql.Timestamp.from(cutOff));
        int closed = 0;
        int late = 0;
        for (Map.Entry<String, Set<LocalDate>> branch : due.entrySet()) {
            for (LocalDate day : branch.getValue()) {
                MailingList list = lists.close(new BranchId(branch.getKey()), day, MailingLists.Trigger.SCHEDULE);
                if (list.closedAt().isBefore(now)) {
                    late++;
                } else {
                    closed++;
                }
            }
        }
        if (late > 0) {
            log.warn("{} branch days have letters recorded as handed over after their mailing list closed;"
                    + " they stay off any list", late);
        }
        log.info("Daily mailing list closing: {} lists closed", closed);
        return closed;
    }
}

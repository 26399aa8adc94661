package io.dunning.notice.numbering;

import io.dunning.events.common.BranchId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates letter numbers: unique and gap-free per branch and year, across instances. One upsert increments the
 * branch-year counter and locks its row until the caller's transaction ends; if that transaction rolls back, so
 * does the increment, so no number is ever skipped. Must run inside the transaction that issues the letter.
 */
public class LetterNumbers {

    private static final String NEXT = "INSERT INTO letter_number_sequence (branch_id, year, last_value)"
            + " VALUES (?, ?, 1) ON CONFLICT (branch_id, year)"
            + " DO UPDATE SET last_value = letter_number_sequence.last_value + 1 RETURNING last_value";

    private final JdbcTemplate jdbc;
    private final LetterNumberFormat format;

    public LetterNumbers(JdbcTemplate jdbc, LetterNumberFormat format) {
        this.jdbc = jdbc;
        this.format = format;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String allocate(BranchId branch, int year) {
        Long sequence = jdbc.queryForObject(NEXT, Long.class, branch.value(), year);
        return format.format(branch.value(), year, sequence);
    }
}

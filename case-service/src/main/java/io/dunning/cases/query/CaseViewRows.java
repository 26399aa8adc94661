package io.dunning.cases.query;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the projection reads and writes case_view rows: the current transaction's copy ({@link CaseViewBatch}) or,
 * outside a transaction, the table itself ({@link CaseViewTable}). {@link CaseViewRepository} applies events
 * against either the same way.
 */
interface CaseViewRows {

    Optional<VersionedCaseView> get(String caseId);

    /** Adds the row of a newly opened case; false, and nothing changed, if the case already has one (a replay). */
    boolean insert(VersionedCaseView row, Instant openedAt);

    /** Replaces the case's row (which exists) by {@code row}. */
    void put(VersionedCaseView row);
}

package io.dunning.cases.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The case_view rows one transaction of the case-view processor (a batch of up to
 * {@code dunning.case.processors.case-view-batch-size} events) has touched: each row is read once, changed in memory
 * by every event of the batch, and written back once, all changed rows in one JDBC batch, just before the commit.
 * That saves, per event, a SELECT, two UPDATEs and a JSON parse and write. A new case's row is inserted at once, so
 * a replayed CaseOpened finds the existing row and changes nothing (ON CONFLICT DO NOTHING), and the insert that a
 * table refuses fails in its own handler.
 * <p>
 * Parking: {@link CaseViewRepository} computes an event's new row and only then {@link #put}s it, so an event whose
 * handler throws leaves the copy as it was and nothing of it is written back. A failure of the write-back itself (a
 * row the table refuses) is no single event's and cannot be parked: the batch names its cases {@code unwritable}
 * and fails the commit, the processor retries the batch, and this time those cases are written through, event by
 * event, where the refused event fails in its handler and is parked as before (EventSavepoints rolls back its SQL).
 * A case stays unwritable until a transaction that wrote it through commits without a failure of it.
 */
final class CaseViewBatch implements CaseViewRows, TransactionSynchronization {

    private final CaseViewTable table;
    private final Set<String> unwritable;
    /** What this transaction knows of each case: its current row, or null for a case without one. */
    private final Map<String, VersionedCaseView> rows = new HashMap<>();
    /** Sorted: concurrent write-backs lock rows in the same order. */
    private final Set<String> changed = new TreeSet<>();
    private final Set<String> writtenThrough = new HashSet<>();

    CaseViewBatch(CaseViewTable table, Set<String> unwritable) {
        this.table = table;
        this.unwritable = unwritable;
    }

    @Override
    public Optional<VersionedCaseView> get(String caseId) {
        if (!rows.containsKey(caseId)) {
            rows.put(caseId, table.get(caseId).orElse(null));
        }
        return Optional.ofNullable(rows.get(caseId));
    }

    @Override
    public boolean insert(VersionedCaseView row, Instant openedAt) {
        String caseId = row.view().caseId();
        if (rows.get(caseId) != null) {
            return false;
        }
        if (!table.insert(row, openedAt)) {
            rows.remove(caseId);
            return false;
        }
        rows.put(caseId, row);
        return true;
    }

    @Override
    public void put(VersionedCaseView row) {
        String caseId = row.view().caseId();
        if (unwritable.contains(caseId)) {
            try {
                table.put(row);
            } catch (RuntimeException e) {
                writtenThrough.remove(caseId);
                throw e;
            }
            writtenThrough.add(caseId);
        } else {
            changed.add(caseId);
        }
        rows.put(caseId, row);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (changed.isEmpty()) {
            return;
        }
        List<VersionedCaseView> dirty = changed.stream().map(rows::get).toList();
        try {
            table.putAll(dirty);
        } catch (RuntimeException e) {
            unwritable.addAll(changed);
            throw e;
        }
    }

    @Override
    public void afterCommit() {
        unwritable.removeAll(writtenThrough);
    }
}

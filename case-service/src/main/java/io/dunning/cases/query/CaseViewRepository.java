package io.dunning.cases.query;

import io.dunning.platform.kafka.TransactionScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The case_view table: indexed columns plus the JSONB document. Blocking JDBC: callers on WebFlux offload it.
 * <p>
 * Reads ({@code find...}) always ask the table. The projection's writes go to the current transaction's copy
 * ({@link CaseViewBatch}, written back before the commit), or straight to the table outside a transaction. Each
 * event is ONE call here that computes the case's new row and then stores it, so an event that fails changes
 * nothing (see {@link CaseViewBatch} on parking).
 */
@Repository
public class CaseViewRepository {

    private final CaseViewTable table;
    /** Cases whose batched write-back failed, written through event by event (see {@link CaseViewBatch}). */
    private final Set<String> unwritable = ConcurrentHashMap.newKeySet();

    CaseViewRepository(CaseViewTable table) {
        this.table = table;
    }

    public Optional<CaseView> find(String caseId) {
        return table.get(caseId).map(VersionedCaseView::view);
    }

    /** The case with its aggregate version, for the ETag. */
    public Optional<VersionedCaseView> findVersioned(String caseId) {
        return table.get(caseId);
    }

    /** The cases of a loan, newest first. */
    public List<CaseView> findByLoan(String loanId) {
        return table.getByLoan(loanId);
    }

    /** Adds the view of a newly opened case at {@code version}; a replayed CaseOpened only raises the version. */
    void open(CaseView view, Instant openedAt, long version) {
        CaseViewRows rows = rows();
        if (!rows.insert(new VersionedCaseView(view, version), openedAt)) {
            raiseVersion(rows, view.caseId(), version);
        }
    }

    /** Applies {@code change} to the case's view and raises its version, if the case is known. */
    void update(String caseId, Instant at, long version, UnaryOperator<CaseView> change) {
        CaseViewRows rows = rows();
        rows.get(caseId).ifPresent(current -> rows.put(new VersionedCaseView(change.apply(current.view()).at(at),
                Math.max(current.version(), version))));
    }

    /** Raises the case's version to {@code version}; a replayed or reordered event never lowers it. */
    void recordVersion(String caseId, long version) {
        raiseVersion(rows(), caseId, version);
    }

    private static void raiseVersion(CaseViewRows rows, String caseId, long version) {
        rows.get(caseId).filter(current -> current.version() < version)
                .ifPresent(current -> rows.put(new VersionedCaseView(current.view(), version)));
    }

    private CaseViewRows rows() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return table;
        }
        return TransactionScoped.computeIfAbsent(this, () -> new CaseViewBatch(table, unwritable));
    }
}

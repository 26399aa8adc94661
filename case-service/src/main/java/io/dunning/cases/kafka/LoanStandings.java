package io.dunning.cases.kafka;

import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.cases.kafka.ReportedStandings.Standing;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.LoanRestructured;
import io.dunning.events.corebanking.LoanWrittenOff;
import io.dunning.events.corebanking.PaymentPosted;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses core-banking records that are valid JSON and valid fields but cannot be true of the loan: days past due
 * falling (on a report not older than the last one) with no payment posted since the last report. Days past due
 * count from the oldest unpaid instalment; only a payment moves that forward (a restructuring or write-off closes
 * the case and starts over). A refused record rolls its transaction back and goes to the DLT as
 * {@code implausible-record}, at once and without retries.
 * <p>
 * One instance per chunk transaction: the standings of the chunk's loans are locked and read once
 * ({@link ReportedStandings#lock}), each record is checked against and changes the copy in memory (so a loan
 * reported twice in one chunk is checked against its first report), and the loans that changed are written back
 * once, before the chunk commits. A record that fails rolls the whole chunk back, the copy with it.
 * <p>
 * An edge check, not a case rule: the case aggregate still takes a lower DPD it is given (an ops correction may).
 */
final class LoanStandings {

    private final ReportedStandings store;
    private final Map<String, Optional<Standing>> standings = new LinkedHashMap<>();
    private final Map<String, Optional<Standing>> changed = new LinkedHashMap<>();

    LoanStandings(ReportedStandings store) {
        this.store = store;
    }

    /** Locks and reads the standings of the loans not read yet. */
    void read(Collection<String> loanIds) {
        var unread = loanIds.stream().filter(loanId -> !standings.containsKey(loanId))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Standing> locked = store.lock(unread);
        unread.forEach(loanId -> standings.put(loanId, Optional.ofNullable(locked.get(loanId))));
    }

    /** Checks the record against the loan's last report and records it; throws if it cannot be true. */
    void checkAndRecord(Object record) {
        if (record instanceof LoanDelinquencyReported r) {
            report(r);
        } else if (record instanceof PaymentPosted r) {
            last(r.loanId()).ifPresent(s -> put(r.loanId(), new Standing(s.daysPastDue(), s.asOf(), true)));
        } else if (record instanceof LoanRestructured r) {
            forget(r.loanId());
        } else if (record instanceof LoanWrittenOff r) {
            forget(r.loanId());
        }
    }

    /** Writes back the standings that changed; called once, before the chunk commits. */
    void write() {
        store.write(changed);
    }

    private void report(LoanDelinquencyReported r) {
        Optional<Standing> last = last(r.loanId());
        if (last.isPresent() && r.asOf().isBefore(last.get().asOf())) {
            return; // a stale report: the case ignores it, and so does the watermark
        }
        if (last.isPresent() && r.daysPastDue() < last.get().daysPastDue() && !last.get().paidSince()) {
            Standing before = last.get();
            throw new InvalidRecordException(Reason.IMPLAUSIBLE, "daysPastDue fell from " + before.daysPastDue()
                    + " (asOf " + before.asOf() + ") to " + r.daysPastDue() + " (asOf " + r.asOf()
                    + ") without a payment posted in between");
        }
        put(r.loanId(), new Standing(r.daysPastDue(), r.asOf(), false));
    }

    private Optional<Standing> last(String loanId) {
        if (!standings.containsKey(loanId)) {
            read(List.of(loanId));
        }
        return standings.get(loanId);
    }

    private void put(String loanId, Standing standing) {
        standings.put(loanId, Optional.of(standing));
        changed.put(loanId, Optional.of(standing));
    }

    private void forget(String loanId) {
        standings.put(loanId, Optional.empty());
        changed.put(loanId, Optional.empty());
    }
}

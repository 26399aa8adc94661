package io.dunning.cases.kafka;

import io.dunning.cases.collection.CloseCase;
import io.dunning.cases.collection.OpenCase;
import io.dunning.cases.collection.RecordPayment;
import io.dunning.cases.collection.ReportDelinquency;
import io.dunning.cases.party.PersonalData;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.LoanRestructured;
import io.dunning.events.corebanking.LoanWrittenOff;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Translates a validated core-banking record into the command for the loan's case (open or not). */
final class CoreBankingCommands {

    private CoreBankingCommands() {
    }

    /**
     * The command for the record, given the loan's open case if any.
     *
     * @throws InvalidRecordException when the record needs an open case and the loan has none
     */
    static Object commandFor(Object record, Optional<CaseId> openCase) {
        if (record instanceof LoanDelinquencyReported r) {
            return openCase.<Object>map(caseId -> reportDelinquency(caseId, r)).orElseGet(() -> openCase(r));
        }
        CaseId caseId = openCase.orElseThrow(() -> new InvalidRecordException(
                InvalidRecordException.Reason.NO_OPEN_CASE, "no open case for loan"));
        if (record instanceof PaymentPosted r) {
            return new RecordPayment(caseId, r.paymentId(), r.amount(), r.currency(), r.valueDate(),
                    arrears(r.arrearsAfter()), r.eventId());
        }
        if (record instanceof LoanRestructured r) {
            return new CloseCase(caseId, CloseReason.RESTRUCTURED, r.asOf(), r.eventId());
        }
        if (record instanceof LoanWrittenOff r) {
            return new CloseCase(caseId, CloseReason.WRITTEN_OFF, r.asOf(), r.eventId());
        }
        throw new IllegalArgumentException("not a core-banking record: " + record.getClass().getName());
    }

    static String eventIdOf(Object record) {
        if (record instanceof LoanDelinquencyReported r) {
            return r.eventId();
        }
        if (record instanceof PaymentPosted r) {
            return r.eventId();
        }
        if (record instanceof LoanRestructured r) {
            return r.eventId();
        }
        return ((LoanWrittenOff) record).eventId();
    }

    static String loanIdOf(Object record) {
        if (record instanceof LoanDelinquencyReported r) {
            return r.loanId();
        }
        if (record instanceof PaymentPosted r) {
            return r.loanId();
        }
        if (record instanceof LoanRestructured r) {
            return r.loanId();
        }
        return ((LoanWrittenOff) record).loanId();
    }

    static CaseId caseIdOf(Object command) {
        if (command instanceof OpenCase c) {
            return c.caseId();
        }
        if (command instanceof ReportDelinquency c) {
            return c.caseId();
        }
        if (command instanceof RecordPayment c) {
            return c.caseId();
        }
        if (command instanceof CloseCase c) {
            return c.caseId();
        }
        throw new IllegalArgumentException("not a core-banking command: " + command.getClass().getName());
    }

    static OpenCase openCase(LoanDelinquencyReported r) {
        return new OpenCase(new CaseId(UUID.randomUUID().toString()), new LoanId(r.loanId()),
                new CustomerId(r.customerId()), new BranchId(r.branchId()), r.product(), r.currency(),
                r.principalOutstanding(), arrears(r.arrears()), r.daysPastDue(), r.oldestUnpaidDueDate(),
                r.principalMatured(), obligors(r), r.asOf(), r.eventId());
    }

    private static ReportDelinquency reportDelinquency(CaseId caseId, LoanDelinquencyReported r) {
        return new ReportDelinquency(caseId, r.daysPastDue(), arrears(r.arrears()), r.principalOutstanding(),
                r.principalMatured(), r.asOf(), r.eventId());
    }

    /**
     * The obligors' personal data of a delinquency report, for the encrypted party store (DESIGN.md 3); empty for
     * any other record.
     */
    static Map<PartyId, PersonalData> personalData(Object record) {
        Map<PartyId, PersonalData> parties = new LinkedHashMap<>();
        if (record instanceof LoanDelinquencyReported r) {
            r.obligors().forEach(o -> parties.put(new PartyId(o.partyId()),
                    new PersonalData(o.name(), o.idNumber(), o.phone(), o.address())));
        }
        return parties;
    }

    /**
     * Obligors by reference only. The personal data core banking sends (name, idNumber, phone, address) goes to the
     * party store ({@link #personalData}) and never enters a command, an event or a log.
     */
    private static List<Obligor> obligors(LoanDelinquencyReported r) {
        return r.obligors().stream()
                .map(o -> new Obligor(new PartyId(o.partyId()), ObligorRole.valueOf(o.role()), o.timeZone()))
                .toList();
    }

    private static Arrears arrears(ReportedArrears a) {
        return new Arrears(a.principal(), a.interest(), a.penalty());
    }
}

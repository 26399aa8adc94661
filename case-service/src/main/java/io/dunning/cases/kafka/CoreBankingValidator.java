package io.dunning.cases.kafka;

import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.LoanRestructured;
import io.dunning.events.corebanking.LoanWrittenOff;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import io.dunning.events.corebanking.ReportedObligor;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates every field of a parsed core-banking record against the inbound contract (DESIGN.md 4). The
 * exception lists each offending field with the rule it breaks, never the value (values may be personal data).
 */
final class CoreBankingValidator {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> ROLES = Set.of("BORROWER", "GUARANTOR");

    private final List<String> errors = new ArrayList<>();

    private CoreBankingValidator() {
    }

    static void validate(Object record) {
        CoreBankingValidator v = new CoreBankingValidator();
        if (record instanceof LoanDelinquencyReported r) {
            v.delinquency(r);
        } else if (record instanceof PaymentPosted r) {
            v.payment(r);
        } else if (record instanceof LoanRestructured r) {
            v.closing(r.eventId(), r.loanId(), r.asOf());
        } else if (record instanceof LoanWrittenOff r) {
            v.closing(r.eventId(), r.loanId(), r.asOf());
        } else {
            v.errors.add("record type " + record.getClass().getSimpleName() + " is not supported");
        }
        if (!v.errors.isEmpty()) {
            throw new InvalidRecordException(Reason.INVALID_FIELD, String.join("; ", v.errors));
        }
    }

    private void delinquency(LoanDelinquencyReported r) {
        text("eventId", r.eventId());
        text("loanId", r.loanId());
        text("customerId", r.customerId());
        text("branchId", r.branchId());
        text("product", r.product());
        currency("currency", r.currency());
        nonNegative("principalOutstanding", r.principalOutstanding());
        arrears("arrears", r.arrears());
        present("oldestUnpaidDueDate", r.oldestUnpaidDueDate());
        present("principalMatured", r.principalMatured());
        if (present("daysPastDue", r.daysPastDue()) && r.daysPastDue() < 1) {
            errors.add("daysPastDue must be >= 1");
        }
        present("asOf", r.asOf());
        if (r.asOf() != null && r.oldestUnpaidDueDate() != null && r.oldestUnpaidDueDate().isAfter(r.asOf())) {
            errors.add("oldestUnpaidDueDate must not be after asOf");
        }
        obligors(r.obligors());
    }

    private void obligors(List<ReportedObligor> obligors) {
        if (obligors == null || obligors.isEmpty()) {
            errors.add("obligors must list at least one obligor");
            return;
        }
        boolean borrower = false;
        for (int i = 0; i < obligors.size(); i++) {
            String at = "obligors[" + i + "].";
            ReportedObligor o = obligors.get(i);
            if (o == null) {
                errors.add("obligors[" + i + "] must not be null");
                continue;
            }
            text(at + "partyId", o.partyId());
            if (o.role() == null || !ROLES.contains(o.role())) {
                errors.add(at + "role must be BORROWER or GUARANTOR");
            }
            borrower |= "BORROWER".equals(o.role());
            zone(at + "timeZone", o.timeZone());
        }
        if (!borrower) {
            errors.add("obligors must include at least one BORROWER");
        }
    }

    private void payment(PaymentPosted r) {
        text("eventId", r.eventId());
        text("loanId", r.loanId());
        text("paymentId", r.paymentId());
        if (present("amount", r.amount()) && r.amount().signum() <= 0) {
            errors.add("amount must be > 0");
        }
        currency("currency", r.currency());
        present("valueDate", r.valueDate());
        arrears("arrearsAfter", r.arrearsAfter());
    }

    private void closing(String eventId, String loanId, Object asOf) {
        text("eventId", eventId);
        text("loanId", loanId);
        present("asOf", asOf);
    }

    private void arrears(String field, ReportedArrears arrears) {
        if (present(field, arrears)) {
            nonNegative(field + ".principal", arrears.principal());
            nonNegative(field + ".interest", arrears.interest());
            nonNegative(field + ".penalty", arrears.penalty());
        }
    }

    private void nonNegative(String field, BigDecimal amount) {
        if (present(field, amount) && amount.signum() < 0) {
            errors.add(field + " must be >= 0");
        }
    }

    private void currency(String field, String currency) {
        if (present(field, currency) && !CURRENCY.matcher(currency).matches()) {
            errors.add(field + " must be a 3-letter ISO 4217 code");
        }
    }

    private void zone(String field, String zone) {
        if (text(field, zone)) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                errors.add(field + " must be a valid IANA zone id");
            }
        }
    }

    private boolean text(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field + " is required");
            return false;
        }
        return true;
    }

    private boolean present(String field, Object value) {
        if (value == null) {
            errors.add(field + " is required");
            return false;
        }
        return true;
    }
}

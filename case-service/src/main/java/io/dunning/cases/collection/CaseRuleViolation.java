package io.dunning.cases.collection;

/**
 * An invalid request to a collection case: a typed error with a stable {@link #code()} and the rule it breaks.
 * A business "no" that must stay on record is an event instead (e.g. {@code ExemptionApprovalRefused}).
 *
 * <p>Codes ({@link Kind#CONFLICT} maps to 409, {@link Kind#INVALID} to 422):
 * <ul>
 *   <li>{@code NOT_DELINQUENT} (R1.1, invalid): a case opens only at 1 day past due or more</li>
 *   <li>{@code NO_BORROWER} (R1.1, invalid): the loan names no borrower to remind</li>
 *   <li>{@code CASE_CLOSED} (R1.11, conflict): the case is closed; a loan overdue again opens a new case (R1.12)</li>
 *   <li>{@code PAYMENT_AMOUNT_NOT_POSITIVE} (R1.11, invalid)</li>
 *   <li>{@code MISSING_DETAIL} (R1.2, R2.4, R5.1, invalid): a reason, summary, action, date or court detail is missing</li>
 *   <li>{@code INVALID_PLAN} (R2.1, R5.2, invalid): no instalments, an amount not positive or dates not increasing</li>
 *   <li>{@code EXEMPTION_ALREADY_OPEN} (R2.1, conflict): a request is pending or an approval holds</li>
 *   <li>{@code EXEMPTION_NOT_PENDING} (R2.2, conflict): no pending request with that id</li>
 *   <li>{@code EXEMPTION_HOLDS} (R2.4, conflict): litigation may not be filed while an approved exemption holds</li>
 *   <li>{@code LITIGATION_NOT_PREPARED} (R2.4, conflict): the litigation file is not prepared yet</li>
 *   <li>{@code LEGAL_TRACK} (R2.4, conflict): litigation is filed already</li>
 *   <li>{@code PROMISE_AMOUNT_NOT_POSITIVE} (R5.1, invalid)</li>
 *   <li>{@code DUPLICATE_PROMISE} (R5.1, R5.2, conflict): the promise or plan id is taken</li>
 *   <li>{@code NO_HARDSHIP_REASON} (R5.3, invalid)</li>
 *   <li>{@code EXTENSION_NOT_LATER} (R5.3, invalid): an extension must run past the last reported day</li>
 *   <li>{@code WAIVER_EXCEEDS_PENALTY} (R5.3, invalid): a waiver must be positive and within the penalty arrears</li>
 *   <li>{@code NO_STRATEGY_FOR_SEGMENT} (R7, conflict): the policy in force steers no strategy for the segment</li>
 *   <li>{@code NOT_AN_OBLIGOR} (R6.5, invalid): only an obligor of the case can be marked unreachable</li>
 *   <li>{@code CONTACT_INCOMPLETE} (R4.2, invalid): channel, time, place, participants, party, points made or
 *       reaction missing, or a promise without both amount and date</li>
 *   <li>{@code UNKNOWN_OBLIGOR} (R4.2, invalid): the party contacted as an obligor is not an obligor of the loan</li>
 *   <li>{@code DUPLICATE_CONTACT} (R4.2, conflict): the contact id is taken</li>
 *   <li>{@code VISIT_EVIDENCE_MISSING} (R4.3, invalid): a visit without its recording and two photos</li>
 *   <li>{@code VISIT_NEEDS_TWO_COLLECTORS} (R6.3, invalid): a home or workplace visit by fewer than two collectors</li>
 *   <li>{@code COLLECTOR_NOT_IDENTIFIED} (R6.4, invalid): the collector recording is not among the participants</li>
 *   <li>{@code COMPLAINT_INCOMPLETE} (R6.8, invalid): channel, summary, time, action or outcome missing</li>
 *   <li>{@code DUPLICATE_COMPLAINT} (R6.8, conflict): the complaint id is taken</li>
 *   <li>{@code UNKNOWN_COMPLAINT} (R6.8, conflict): no complaint with that id on the case</li>
 *   <li>{@code COMPLAINT_CLOSED} (R6.8, conflict): the complaint is closed already</li>
 * </ul>
 */
public class CaseRuleViolation extends RuntimeException {

    /** How the web layer answers: a conflict with the case's state, or an invalid request. */
    public enum Kind { CONFLICT, INVALID }

    /** The stable codes; their names are part of the public problem+json contract. */
    public enum Code {
        NOT_DELINQUENT("R1.1", Kind.INVALID),
        NO_BORROWER("R1.1", Kind.INVALID),
        CASE_CLOSED("R1.11", Kind.CONFLICT),
        PAYMENT_AMOUNT_NOT_POSITIVE("R1.11", Kind.INVALID),
        MISSING_DETAIL("R1.2", Kind.INVALID),
        INVALID_PLAN("R2.1", Kind.INVALID),
        EXEMPTION_ALREADY_OPEN("R2.1", Kind.CONFLICT),
        EXEMPTION_NOT_PENDING("R2.2", Kind.CONFLICT),
        EXEMPTION_HOLDS("R2.4", Kind.CONFLICT),
        LITIGATION_NOT_PREPARED("R2.4", Kind.CONFLICT),
        LEGAL_TRACK("R2.4", Kind.CONFLICT),
        PROMISE_AMOUNT_NOT_POSITIVE("R5.1", Kind.INVALID),
        DUPLICATE_PROMISE("R5.1", Kind.CONFLICT),
        NO_HARDSHIP_REASON("R5.3", Kind.INVALID),
        EXTENSION_NOT_LATER("R5.3", Kind.INVALID),
        WAIVER_EXCEEDS_PENALTY("R5.3", Kind.INVALID),
        NO_STRATEGY_FOR_SEGMENT("R7", Kind.CONFLICT),
        NOT_AN_OBLIGOR("R6.5", Kind.INVALID),
        CONTACT_INCOMPLETE("R4.2", Kind.INVALID),
        UNKNOWN_OBLIGOR("R4.2", Kind.INVALID),
        DUPLICATE_CONTACT("R4.2", Kind.CONFLICT),
        VISIT_EVIDENCE_MISSING("R4.3", Kind.INVALID),
        VISIT_NEEDS_TWO_COLLECTORS("R6.3", Kind.INVALID),
        COLLECTOR_NOT_IDENTIFIED("R6.4", Kind.INVALID),
        COMPLAINT_INCOMPLETE("R6.8", Kind.INVALID),
        DUPLICATE_COMPLAINT("R6.8", Kind.CONFLICT),
        UNKNOWN_COMPLAINT("R6.8", Kind.CONFLICT),
        COMPLAINT_CLOSED("R6.8", Kind.CONFLICT);

        private final String ruleId;
        private final Kind kind;

        Code(String ruleId, Kind kind) {
            this.ruleId = ruleId;
            this.kind = kind;
        }

        public String ruleId() {
            return ruleId;
        }

        public Kind kind() {
            return kind;
        }
    }

    private final Code code;

    public CaseRuleViolation(Code code, String message) {
        super(code + " (" + code.ruleId() + "): " + message);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    public String ruleId() {
        return code.ruleId();
    }

    public Kind kind() {
        return code.kind();
    }

    /** Throws unless the condition holds: the guard of a command handler. */
    static void require(boolean condition, Code code, String message) {
        if (!condition) {
            throw new CaseRuleViolation(code, message);
        }
    }

    static void requireText(String text, String what) {
        require(text != null && !text.isBlank(), Code.MISSING_DETAIL, what + " must not be blank");
    }

    static void requireDate(Object date, String what) {
        require(date != null, Code.MISSING_DETAIL, what + " must be set");
    }
}

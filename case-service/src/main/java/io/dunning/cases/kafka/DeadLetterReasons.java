package io.dunning.cases.kafka;

import io.dunning.cases.collection.CaseRuleViolation;
import java.util.Optional;

/**
 * Why a record went to the DLT, as a low-cardinality tag (metrics) and a clear text (header
 * {@value #REASON_HEADER}). Texts come from our own exceptions, which name fields and rule codes but never carry
 * personal data; other exceptions are named by class only.
 */
public final class DeadLetterReasons {

    public static final String REASON_HEADER = "dunning-dlt-reason";
    public static final String REASON_TAG_HEADER = "dunning-dlt-reason-code";

    private DeadLetterReasons() {
    }

    /** Errors no retry can fix: parse, validation, unknown type, no open case, a case rule violation. */
    @SuppressWarnings("unchecked")
    public static Class<? extends Exception>[] notRetryable() {
        return new Class[] {InvalidRecordException.class, CaseRuleViolation.class};
    }

    public static String tag(Throwable failure) {
        return find(failure, InvalidRecordException.class).map(e -> e.reason().tag())
                .or(() -> find(failure, CaseRuleViolation.class).map(e -> "case-rule-violation"))
                .orElse("retries-exhausted");
    }

    public static String describe(Throwable failure) {
        return find(failure, InvalidRecordException.class).map(e -> e.reason().tag() + ": " + e.getMessage())
                .or(() -> find(failure, CaseRuleViolation.class)
                        .map(e -> "case-rule-violation: " + e.getMessage()))
                .orElseGet(() -> "retries-exhausted: " + rootCause(failure).getClass().getName());
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}

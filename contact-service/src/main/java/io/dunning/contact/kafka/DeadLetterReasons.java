package io.dunning.contact.kafka;

import java.util.Optional;

/**
 * Why a record went to the DLT: a low-cardinality tag (metrics, header {@value #REASON_TAG_HEADER}) and a clear
 * text (header {@value #REASON_HEADER}). Texts come from {@link InvalidRecordException}, which names headers and
 * fields only; other exceptions are named by class.
 */
public final class DeadLetterReasons {

    public static final String REASON_HEADER = "dunning-dlt-reason";
    public static final String REASON_TAG_HEADER = "dunning-dlt-reason-code";

    private DeadLetterReasons() {
    }

    public static String tag(Throwable failure) {
        return find(failure).map(InvalidRecordException::tag).orElse("retries-exhausted");
    }

    public static String describe(Throwable failure) {
        return find(failure).map(e -> e.tag() + ": " + e.getMessage())
                .orElseGet(() -> "retries-exhausted: " + rootCause(failure).getClass().getName());
    }

    private static Optional<InvalidRecordException> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidRecordException invalid) {
                return Optional.of(invalid);
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

package io.dunning.events;

/** The Kafka topics of the published language (DESIGN.md section 4). Every topic has a {@code .DLT} twin. */
public final class Topics {

    public static final String CORE_BANKING_LOAN_EVENTS = "corebanking.loan-events.v1";
    public static final String CASE_EVENTS = "dunning.case-events.v1";
    public static final String NOTICE_EVENTS = "dunning.notice-events.v1";
    public static final String DLT_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DLT_SUFFIX;
    }
}

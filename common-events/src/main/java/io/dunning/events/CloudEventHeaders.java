package io.dunning.events;

/** CloudEvents 1.0 Kafka binary-mode header names used on every topic (DESIGN.md section 4). */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** {@code <event name>.v<revision>}, e.g. {@code CaseOpened.v1}. */
    public static String typeOf(String eventName, String revision) {
        return eventName + ".v" + revision;
    }
}

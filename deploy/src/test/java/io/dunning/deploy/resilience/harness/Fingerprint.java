package io.dunning.deploy.resilience.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checksums of what the services hold, table by table ({@link Sql#checksum}), without the columns a service fills
 * from its own clock or sequence (processed_at, timeline ids): two equal fingerprints mean no effect was added,
 * lost or changed.
 */
public final class Fingerprint {

    /** contact-service's projections: what a from-scratch replay of the topics must rebuild exactly. */
    public static final Map<String, String> CONTACT_PROJECTIONS = Map.of(
            "contact_case", "SELECT * FROM contact_case",
            "case_month_state", "SELECT * FROM case_month_state",
            "timeline_entry", "SELECT entry_key, case_id, loan_id, type, occurred_at, updated_at, version, summary,"
                    + " step, channel, letter_type, letter_number, recipient_role, branch_id, waybill, status,"
                    + " status_rank, evidence_ref, amount, due_date FROM timeline_entry",
            "processed_message", "SELECT consumer, message_id FROM processed_message");

    private static final Map<String, String> CASE = Map.of(
            "domain_event_entry", "SELECT event_identifier, aggregate_identifier, sequence_number, payload_type,"
                    + " payload FROM domain_event_entry",
            "case_view", "SELECT case_id, loan_id, status, document FROM case_view",
            "processed_message", "SELECT consumer, message_id FROM processed_message");
    private static final Map<String, String> NOTICE = Map.of(
            "domain_event_entry", "SELECT event_identifier, aggregate_identifier, sequence_number, payload_type,"
                    + " payload FROM domain_event_entry",
            "notice_dispatch", "SELECT case_id, step, recipient_id, letter_number, sms_id FROM notice_dispatch",
            "letter_archive", "SELECT letter_number, case_id, step, recipient_id, state, waybill, mailing_list_id"
                    + " FROM letter_archive",
            "letter_number_sequence", "SELECT * FROM letter_number_sequence",
            "processed_message", "SELECT consumer, message_id FROM processed_message");

    private Fingerprint() {
    }

    /** Every service's tables, keyed {@code database.table}. */
    public static Map<String, String> of(Sql cases, Sql notice, Sql contact) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        put(sums, "dunning_case", cases, CASE);
        put(sums, "dunning_notice", notice, NOTICE);
        put(sums, "dunning_contact", contact, CONTACT_PROJECTIONS);
        return sums;
    }

    public static Map<String, String> of(Sql database, Map<String, String> queries) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        put(sums, "", database, queries);
        return sums;
    }

    private static void put(Map<String, String> sums, String prefix, Sql database, Map<String, String> queries)
            throws Exception {
        for (Map.Entry<String, String> table : new java.util.TreeMap<>(queries).entrySet()) {
            sums.put(prefix.isEmpty() ? table.getKey() : prefix + "." + table.getKey(),
                    database.checksum(table.getValue()));
        }
    }
}

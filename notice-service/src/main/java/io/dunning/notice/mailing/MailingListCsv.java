package io.dunning.notice.mailing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A mailing list as UTF-8 CSV (RFC 4180): a header, then one row per letter. */
public final class MailingListCsv {

    static final List<String> HEADER = List.of("mailing_list_id", "branch_id", "date", "line", "letter_number",
            "letter_type", "letter_title", "recipient_role", "recipient_ref", "address", "waybill", "handed_over_at");

    private MailingListCsv() {
    }

    public static byte[] render(MailingList list) {
        StringBuilder csv = new StringBuilder(row(HEADER.stream()));
        for (MailingListLine line : list.letters()) {
            csv.append(row(Stream.of(list.id(), list.branchId(), list.date().toString(),
                    Integer.toString(line.line()), line.letterNumber(), line.letterType(), line.letterTitle(),
                    line.recipientRole(), line.recipientRef(), line.addressLine(), line.waybill(),
                    line.handedOverAt().toString())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(Stream<String> fields) {
        return fields.map(MailingListCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}

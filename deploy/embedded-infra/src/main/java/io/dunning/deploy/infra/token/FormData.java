package io.dunning.deploy.infra.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} bodies and queries, and OAuth2 client authentication (RFC 6749 2.3.1). */
final class FormData {

    private FormData() {
    }

    record Client(String id, String secret) {
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.putIfAbsent(decode(name), decode(value));
        }
        return values;
    }

    /** From {@code Authorization: Basic} (client_secret_basic) or the form (client_secret_post); null if neither. */
    static Client client(String authorization, Map<String, String> form) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? null : new Client(decode(pair.substring(0, colon)), decode(pair.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String id = form.get("client_id");
        return id == null ? null : new Client(id, form.getOrDefault("client_secret", ""));
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}

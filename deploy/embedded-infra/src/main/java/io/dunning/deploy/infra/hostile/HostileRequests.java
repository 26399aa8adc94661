package io.dunning.deploy.infra.hostile;

import static io.dunning.deploy.infra.hostile.HostileValues.FIELDS;

import io.dunning.deploy.infra.hostile.HostileRequest.Kind;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.infra.token.RoleMatrix;
import io.dunning.deploy.infra.token.RoleMatrix.Endpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.sessions.JqwikSession;

/**
 * jqwik arbitraries of hostile requests to a service's endpoints (its role matrix): wrong JSON types, malformed
 * JSON, 2-5 MB bodies, bad dates, bad numbers, SQL and script strings, control characters, unknown fields, wrong
 * content types, bad path ids, bad query values, missing/garbage/expired tokens, wrong roles and wrong methods.
 * Mostly sent with a token of a role the endpoint allows, so the input reaches the service's own code.
 */
public final class HostileRequests {

    /** What the requests are, for a test's display name. */
    public static final String KINDS = "wrong types, malformed JSON, 2-5 MB bodies, bad dates and numbers, SQL and "
            + "script strings, control chars, unknown fields, wrong content types, bad ids and queries, bad tokens, "
            + "wrong roles and methods";

    /** The parked-event endpoints both Axon services have (docs/ops-dead-letters.md), as in docs/security.md. */
    public static final List<Endpoint> DEAD_LETTER_ENDPOINTS = List.of(
            Endpoint.of("GET", "/dead-letters", "SUPERVISOR", "AUDITOR"),
            Endpoint.of("GET", "/dead-letters/{group}", "SUPERVISOR", "AUDITOR"),
            Endpoint.of("POST", "/dead-letters/{group}/retry", "SUPERVISOR"));

    private final List<Endpoint> endpoints;
    private final Map<String, String> roleTokens;
    private final List<String> badAuthorizations;

    public HostileRequests(DevTokenIssuer issuer, List<Endpoint> endpoints) {
        this.endpoints = endpoints;
        this.roleTokens = RoleMatrix.ROLES.stream().collect(Collectors.toMap(Function.identity(),
                role -> "Bearer " + issuer.token("hostile-" + role.toLowerCase(), role)));
        String expired = issuer.token("hostile-collector", List.of(RoleMatrix.ROLES.get(0)),
                Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        this.badAuthorizations = List.of("Bearer " + expired, "Bearer garbage", "Bearer ", "Bearer a.b.c",
                "Basic YWRtaW46YWRtaW4=", "bearer", "Bearer " + "x".repeat(5_000), "Token abc",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer ' OR 1=1 --");
    }

    /** {@code count} requests from {@code seed}: the same seed gives the same requests. */
    public List<HostileRequest> sample(long seed, int count) {
        JqwikSession.start();
        try {
            Random random = new Random(seed);
            return requests().generator(1_000).stream(random).map(Shrinkable::value).limit(count).toList();
        } finally {
            JqwikSession.finish();
        }
    }

    public Arbitrary<HostileRequest> requests() {
        // a 2-5 MB body is one request in about a hundred: enough to prove the limit, cheap enough to send
        List<Tuple2<Integer, Kind>> kinds = Stream.of(Kind.values())
                .map(kind -> Tuple.of(kind == Kind.HUGE_BODY ? 1 : 8, kind)).toList();
        return Arbitraries.of(endpoints).flatMap(endpoint -> Arbitraries.frequency(kinds)
                .flatMap(kind -> request(endpoint, kind)));
    }

    private Arbitrary<HostileRequest> request(Endpoint endpoint, Kind kind) {
        String json = "application/json";
        return switch (kind) {
            case WRONG_TYPES -> body(endpoint, kind, Arbitraries.of(HostileValues.WRONG_TYPES), json);
            case BAD_DATES -> body(endpoint, kind, Arbitraries.of(HostileValues.BAD_DATES), json);
            case BAD_NUMBERS -> body(endpoint, kind, Arbitraries.of(HostileValues.BAD_NUMBERS), json);
            case INJECTION -> body(endpoint, kind, HostileValues.quoted(HostileValues.INJECTIONS), json);
            case CONTROL_CHARS -> body(endpoint, kind, HostileValues.hostileString(), json);
            case UNKNOWN_FIELDS -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).list().ofMaxSize(8)
                    .map(names -> names.stream().map(n -> "\"x" + n + "\":\"" + n + "\"")
                            .collect(Collectors.joining(",", "{\"caseId\":\"c-1\",", "}")))
                    .map(body -> allowed(endpoint, kind, path(endpoint), json, body));
            case MALFORMED_JSON -> Arbitraries.of(HostileValues.MALFORMED)
                    .map(body -> allowed(endpoint, kind, path(endpoint), json, body));
            case HUGE_BODY -> Arbitraries.integers().between(2, 5).map(mb -> allowed(endpoint, kind, path(endpoint),
                    json, "{\"note\":\"" + "A".repeat(mb * 1024 * 1024) + "\"}"));
            case WRONG_CONTENT_TYPE -> Arbitraries.of(HostileValues.CONTENT_TYPES)
                    .map(type -> allowed(endpoint, kind, path(endpoint), type, "{\"caseId\":\"c-1\"}"));
            case BAD_PATH_ID -> Arbitraries.oneOf(Arbitraries.of(HostileValues.BAD_IDS),
                            Arbitraries.strings().alpha().numeric().ofMinLength(300).ofMaxLength(3_000))
                    .map(id -> allowed(endpoint, kind, badIdPath(endpoint, id), json, "{}"));
            case BAD_QUERY -> Arbitraries.of(FIELDS).list().ofMinSize(1).ofMaxSize(4)
                    .flatMap(names -> HostileValues.queryValue().list().ofSize(names.size()).map(values -> {
                        StringBuilder query = new StringBuilder();
                        for (int i = 0; i < names.size(); i++) {
                            query.append('&').append(names.get(i)).append('=').append(values.get(i));
                        }
                        String base = path(endpoint);
                        return allowed(endpoint, kind, base + (base.contains("?") ? "" : "?x=1") + query, json, "{}");
                    }));
            case BAD_AUTH -> Arbitraries.oneOf(Arbitraries.of(badAuthorizations), Arbitraries.just(null))
                    .map(auth -> new HostileRequest(kind, endpoint.method(), path(endpoint), json, auth, bytes("{}")));
            case WRONG_ROLE -> Arbitraries.of(RoleMatrix.ROLES).map(role -> new HostileRequest(kind,
                    endpoint.method(), path(endpoint), json, roleTokens.get(role), bytes("{}")));
            case WRONG_METHOD -> Arbitraries.of(HostileValues.METHODS).map(method -> new HostileRequest(kind, method,
                    path(endpoint), json, roleTokens.get(allowedRole(endpoint)), bytes("{}")));
        };
    }

    /** A JSON object of 1 to 6 known field names, each with a value from {@code values}. */
    private Arbitrary<HostileRequest> body(Endpoint endpoint, Kind kind, Arbitrary<String> values, String type) {
        return Arbitraries.of(FIELDS).list().ofMinSize(1).ofMaxSize(6).uniqueElements()
                .flatMap(names -> values.list().ofSize(names.size()).map(vals -> {
                    StringBuilder body = new StringBuilder("{");
                    for (int i = 0; i < names.size(); i++) {
                        body.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\":")
                                .append(vals.get(i));
                    }
                    return allowed(endpoint, kind, path(endpoint), type, body.append('}').toString());
                }));
    }

    private HostileRequest allowed(Endpoint endpoint, Kind kind, String path, String type, String body) {
        return new HostileRequest(kind, endpoint.method(), path, type, roleTokens.get(allowedRole(endpoint)),
                bytes(body));
    }

    private static String allowedRole(Endpoint endpoint) {
        return RoleMatrix.ROLES.stream().filter(endpoint.roles()::contains).findFirst().orElseThrow();
    }

    private static String path(Endpoint endpoint) {
        return endpoint.path().replace("{caseId}", UUID.nameUUIDFromBytes(endpoint.path().getBytes()).toString())
                .replaceAll("\\{([A-Za-z]+)}", "$1-1");
    }

    /** The endpoint's path with one id (or, for a path without ids, a last segment) replaced by {@code id}. */
    private static String badIdPath(Endpoint endpoint, String id) {
        String query = endpoint.path().contains("?") ? endpoint.path().substring(endpoint.path().indexOf('?')) : "";
        String path = endpoint.path().replace(query, "");
        String bad = path.contains("{") ? path.replaceFirst("\\{[A-Za-z]+}", java.util.regex.Matcher.quoteReplacement(
                id)) : path + "/" + id;
        return Stream.of(bad.replaceAll("\\{([A-Za-z]+)}", "$1-1"), query).collect(Collectors.joining());
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}

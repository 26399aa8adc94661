package io.dunning.deploy.infra.token;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DEV ONLY: a small OAuth2 token issuer for the local launcher and the tests (docs/security.md), never deployed.
 * JDK HTTP server on loopback, an RSA key made at start. Serves {@code /.well-known/openid-configuration},
 * {@code /jwks}, {@code POST /token} ({@code client_credentials} only: a known service client gets a SYSTEM token)
 * and {@code GET /dev/token?sub=alice&roles=COLLECTOR} (a staff token as plain text, for curl and demos).
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final String AUDIENCE = "dunning";
    /** The service clients of the local system, each with this secret. */
    public static final String DEV_CLIENT_SECRET = "dev-secret";
    public static final List<String> DEV_CLIENTS = List.of("notice-service", "courier-simulator", "dunning-local");

    private final JwtSigner signer = new JwtSigner();
    private final HttpServer server;
    private final String issuer;
    private final Duration lifetime;
    private final AtomicInteger clientTokens = new AtomicInteger();

    private DevTokenIssuer(int port, Duration lifetime) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        this.lifetime = lifetime;
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                "application/json", discovery()));
        server.createContext("/jwks", exchange -> answer(exchange, 200, "application/json", signer.jwkSet()));
        server.createContext("/token", this::clientCredentials);
        server.createContext("/dev/token", this::staffToken);
        server.start();
    }

    /** On {@code port} (0: a free one), tokens valid for {@code lifetime}. */
    public static DevTokenIssuer start(int port, Duration lifetime) {
        try {
            return new DevTokenIssuer(port, lifetime);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dev token issuer on port " + port, e);
        }
    }

    public String issuerUri() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/jwks";
    }

    public String tokenUri() {
        return issuer + "/token";
    }

    /** A staff (or service) token for {@code subject} holding {@code roles}. */
    public String token(String subject, String... roles) {
        return token(subject, Arrays.asList(roles), Instant.now(), lifetime);
    }

    public String token(String subject, Collection<String> roles, Instant issuedAt, Duration validFor) {
        return token(AUDIENCE, subject, roles, issuedAt, validFor);
    }

    /** A token for another {@code audience} (tests: what a service must refuse). */
    public String token(String audience, String subject, Collection<String> roles, Instant issuedAt, Duration validFor) {
        return signer.sign(issuer, audience, subject, roles, issuedAt, validFor);
    }

    /** How many client-credentials tokens were issued (to see a caller's cache at work). */
    public int clientTokensIssued() {
        return clientTokens.get();
    }

    private String discovery() {
        return "{\"issuer\":" + JwtSigner.quote(issuer) + ",\"jwks_uri\":" + JwtSigner.quote(jwkSetUri())
                + ",\"token_endpoint\":" + JwtSigner.quote(tokenUri())
                + ",\"grant_types_supported\":[\"client_credentials\"],\"response_types_supported\":[\"token\"]"
                + ",\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]"
                + ",\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]}";
    }

    private void clientCredentials(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "application/json", oauthError("invalid_request"));
            return;
        }
        Map<String, String> form = FormData.parse(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, 400, "application/json", oauthError("unsupported_grant_type"));
            return;
        }
        var client = FormData.client(exchange.getRequestHeaders().getFirst("Authorization"), form);
        if (client == null || !DEV_CLIENTS.contains(client.id()) || !DEV_CLIENT_SECRET.equals(client.secret())) {
            answer(exchange, 401, "application/json", oauthError("invalid_client"));
            return;
        }
        clientTokens.incrementAndGet();
        String token = token(client.id(), List.of("SYSTEM"), Instant.now(), lifetime);
        answer(exchange, 200, "application/json", "{\"access_token\":" + JwtSigner.quote(token)
                + ",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime.toSeconds() + "}");
    }

    private void staffToken(HttpExchange exchange) throws IOException {
        Map<String, String> query = FormData.parse(exchange.getRequestURI().getRawQuery());
        String subject = query.get("sub");
        String roles = query.getOrDefault("roles", "");
        if (subject == null || subject.isBlank() || roles.isBlank()) {
            answer(exchange, 400, "text/plain", "usage: GET /dev/token?sub=alice&roles=COLLECTOR[,SUPERVISOR]\n");
            return;
        }
        answer(exchange, 200, "text/plain", token(subject.strip(), Arrays.stream(roles.split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).toList(), Instant.now(), lifetime));
    }

    private static String oauthError(String code) {
        return "{\"error\":" + JwtSigner.quote(code) + "}";
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

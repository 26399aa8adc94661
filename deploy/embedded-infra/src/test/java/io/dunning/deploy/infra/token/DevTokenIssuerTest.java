package io.dunning.deploy.infra.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dev issuer over real HTTP: discovery, keys that verify its tokens, client credentials, staff tokens. */
class DevTokenIssuerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DevTokenIssuer issuer;

    @BeforeAll
    static void start() {
        issuer = DevTokenIssuer.start(0, Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> token(String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void discoveryNamesTheIssuerItsKeysAndItsTokenEndpoint() throws Exception {
        String discovery = get("/.well-known/openid-configuration").body();
        assertThat(discovery).contains("\"issuer\":\"" + issuer.issuerUri() + "\"",
                "\"jwks_uri\":\"" + issuer.jwkSetUri() + "\"", "\"token_endpoint\":\"" + issuer.tokenUri() + "\"");
    }

    @Test
    void theJwkSetVerifiesTheSignatureOfAStaffToken() throws Exception {
        HttpResponse<String> answer = get("/dev/token?sub=alice&roles=COLLECTOR,%20SUPERVISOR");
        assertThat(answer.statusCode()).isEqualTo(200);
        String jwt = answer.body();
        assertThat(claims(jwt)).contains("\"sub\":\"alice\"", "\"roles\":[\"COLLECTOR\",\"SUPERVISOR\"]",
                "\"aud\":\"dunning\"", "\"iss\":\"" + issuer.issuerUri() + "\"");

        String jwks = get("/jwks").body();
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                number(jwks, "n"), number(jwks, "e")));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(jwt.substring(0, jwt.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1)))).isTrue();
    }

    @Test
    void aKnownClientGetsASystemTokenByClientCredentials() throws Exception {
        int before = issuer.clientTokensIssued();
        HttpResponse<String> answer = token(basic("notice-service", DevTokenIssuer.DEV_CLIENT_SECRET),
                "grant_type=client_credentials");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"token_type\":\"Bearer\"", "\"expires_in\":300");
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).isTrue();
        assertThat(claims(token.group(1))).contains("\"sub\":\"notice-service\"", "\"roles\":[\"SYSTEM\"]");
        assertThat(token(null, "grant_type=client_credentials&client_id=courier-simulator&client_secret="
                + DevTokenIssuer.DEV_CLIENT_SECRET).statusCode()).isEqualTo(200);
        assertThat(issuer.clientTokensIssued() - before).isEqualTo(2);
    }

    @Test
    void wrongSecretsUnknownClientsAndOtherGrantsGetNoToken() throws Exception {
        assertThat(token(basic("notice-service", "guess"), "grant_type=client_credentials").statusCode()).isEqualTo(401);
        assertThat(token(basic("mallory", DevTokenIssuer.DEV_CLIENT_SECRET), "grant_type=client_credentials")
                .statusCode()).isEqualTo(401);
        assertThat(token(null, "grant_type=client_credentials").statusCode()).isEqualTo(401);
        assertThat(token(basic("notice-service", DevTokenIssuer.DEV_CLIENT_SECRET), "grant_type=password")
                .body()).contains("unsupported_grant_type");
        assertThat(get("/dev/token?sub=alice").statusCode()).isEqualTo(400);
    }

    private static BigInteger number(String jwks, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(jwks);
        assertThat(matcher.find()).isTrue();
        return new BigInteger(1, Base64.getUrlDecoder().decode(matcher.group(1)));
    }
}

package io.dunning.deploy.infra.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * RS256 JSON Web Tokens (RFC 7515, 7519) signed with an RSA key made at start and never stored: the dev token
 * issuer's signing half. No library: the JDK's {@link Signature} and hand-written JSON of the few claims we issue.
 */
public final class JwtSigner {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String keyId;

    public JwtSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no RSA", e);
        }
        this.keyId = UUID.randomUUID().toString();
    }

    /** A token from {@code issuer} for {@code audience}: {@code sub}, {@code roles}, issued now, valid for {@code lifetime}. */
    public String sign(String issuer, String audience, String subject, Collection<String> roles, Instant issuedAt,
                       Duration lifetime) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + quote(keyId) + "}";
        String payload = "{\"iss\":" + quote(issuer) + ",\"aud\":" + quote(audience) + ",\"sub\":" + quote(subject)
                + ",\"roles\":[" + roles.stream().map(JwtSigner::quote).collect(Collectors.joining(",")) + "]"
                + ",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + issuedAt.plus(lifetime).getEpochSecond()
                + ",\"jti\":" + quote(UUID.randomUUID().toString()) + "}";
        String signingInput = encode(header) + "." + encode(payload);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The public key as a JSON Web Key Set (RFC 7517), what resource servers verify with. */
    public String jwkSet() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":" + quote(keyId)
                + ",\"n\":" + quote(unsigned(key.getModulus().toByteArray()))
                + ",\"e\":" + quote(unsigned(key.getPublicExponent().toByteArray())) + "}]}";
    }

    private static String unsigned(byte[] twosComplement) {
        int start = twosComplement.length > 1 && twosComplement[0] == 0 ? 1 : 0;
        byte[] magnitude = new byte[twosComplement.length - start];
        System.arraycopy(twosComplement, start, magnitude, 0, magnitude.length);
        return URL.encodeToString(magnitude);
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

package io.dunning.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Keeps the tokens the issuer's decoder verified, so a client that sends the same bearer token request after request
 * (a collector's screen, a dashboard, the courier's callbacks, the benchmark's query load) has its signature checked
 * once, not on every request: an RSA verification and a JSON parse were a sixth of contact-service's event loop under
 * 500 queries a second. The key is the whole token, signature included, so only the very bytes that were verified
 * match. A kept token is used only while it has not expired (no leeway: past {@code exp} it goes to the decoder
 * again, which refuses it) and for at most {@code keepFor} after its verification, so a key withdrawn from the
 * issuer's JWK set stops being accepted within that time. A token the decoder refuses is never kept.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Mono<Jwt>> verified;

    VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock, Duration keepFor, long maxTokens) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(keepFor)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /**
     * The kept verification of {@code token}, or a new one; requests that arrive together with a new token share
     * its one verification ({@code Mono.cache}) instead of each verifying it. A failed verification is dropped at
     * once, so the next request asks the decoder again.
     */
    @Override
    public Mono<Jwt> decode(String token) {
        Mono<Jwt> kept = verified.get(token, key -> verify(key));
        return kept.flatMap(jwt -> unexpired(jwt) ? Mono.just(jwt) : reverify(token, kept));
    }

    private Mono<Jwt> verify(String token) {
        return decoder.decode(token).doOnError(failure -> verified.invalidate(token)).cache();
    }

    /** Past its expiry a kept token goes to the decoder again (which refuses it). */
    private Mono<Jwt> reverify(String token, Mono<Jwt> expired) {
        verified.asMap().remove(token, expired);
        return decoder.decode(token);
    }

    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}

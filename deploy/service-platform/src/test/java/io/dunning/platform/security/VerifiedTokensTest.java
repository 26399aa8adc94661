package io.dunning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** A verified token is verified once while it is valid; anything else goes to the issuer's decoder every time. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final List<String> verifications = new ArrayList<>();
    private final ReactiveJwtDecoder issuer = token -> {
        verifications.add(token);
        if (token.startsWith("forged")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("collector-li")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(30))).build());
    };
    private final VerifiedTokens tokens = new VerifiedTokens(issuer, clock, Duration.ofMinutes(5), 100);

    @Test
    void theSameTokenAgainIsNotVerifiedAgain() {
        assertThat(tokens.decode("token-a").block().getSubject()).isEqualTo("collector-li");
        assertThat(tokens.decode("token-a").block().getSubject()).isEqualTo("collector-li");
        tokens.decode("token-b").block();

        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void requestsArrivingTogetherWithANewTokenShareOneVerification() {
        List<String> slowVerifications = new ArrayList<>();
        VerifiedTokens slow = new VerifiedTokens(token -> {
            slowVerifications.add(token);
            return issuer.decode(token).delayElement(Duration.ofMillis(200));
        }, clock, Duration.ofMinutes(5), 100);

        Mono<Jwt> first = slow.decode("token-a");
        Mono<Jwt> second = slow.decode("token-a");

        assertThat(Mono.zip(first, second).block().getT2().getSubject()).isEqualTo("collector-li");
        assertThat(slowVerifications).containsExactly("token-a");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverKept() {
        assertThatThrownBy(() -> tokens.decode("forged-1").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-1").block()).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged-1", "forged-1");
    }

    @Test
    void aKeptTokenIsVerifiedAgainAfterTheKeepingTime() {
        tokens.decode("token-a").block();
        clock.now = NOW.plus(Duration.ofMinutes(6));
        tokens.decode("token-a").block();

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void anExpiredTokenGoesBackToTheIssuersDecoder() {
        VerifiedTokens longKept = new VerifiedTokens(issuer, clock, Duration.ofHours(2), 100);
        longKept.decode("token-a").block();
        clock.now = NOW.plus(Duration.ofMinutes(31));
        longKept.decode("token-a").block();

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    private static final class MovableClock extends Clock {

        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

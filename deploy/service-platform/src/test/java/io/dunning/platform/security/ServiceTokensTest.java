package io.dunning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/** The outgoing-call token: client credentials from the issuer, cached until near expiry, sent as Bearer. */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceTokensTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        SharedTestInfrastructure.securityProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static ServiceTokens tokens(String secret, Clock clock) {
        DevTokenIssuer issuer = SharedTestInfrastructure.issuer();
        return new ServiceTokens(WebClient.create(), new ServiceClientProperties(issuer.tokenUri(), "notice-service",
                secret, Duration.ofSeconds(30)), clock);
    }

    @Test
    void theTokenIsFetchedOnceAndKeptUntilShortlyBeforeItExpires() {
        DevTokenIssuer issuer = SharedTestInfrastructure.issuer();
        HandClock clock = new HandClock();
        ServiceTokens tokens = tokens(DevTokenIssuer.DEV_CLIENT_SECRET, clock);
        int before = issuer.clientTokensIssued();

        String first = tokens.token().block();
        assertThat(tokens.token().block()).isEqualTo(first);
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertThat(tokens.token().block()).isEqualTo(first);
        assertThat(issuer.clientTokensIssued() - before).isEqualTo(1);

        clock.now = clock.now.plus(Duration.ofSeconds(31)); // 30 s before the hour's expiry
        assertThat(tokens.token().block()).isNotEqualTo(first);
        assertThat(issuer.clientTokensIssued() - before).isEqualTo(2);
    }

    @Test
    void theFilterSendsTheServicesSystemToken() {
        ServiceTokens tokens = tokens(DevTokenIssuer.DEV_CLIENT_SECRET, Clock.systemUTC());
        Caller caller = WebClient.builder().baseUrl("http://127.0.0.1:" + port).filter(tokens.filter()).build()
                .get().uri("/me").retrieve().bodyToMono(Caller.class).block();
        assertThat(caller).isEqualTo(new Caller("notice-service", Set.of(Role.SYSTEM)));
    }

    @Test
    void aWrongSecretGetsNoToken() {
        assertThatThrownBy(() -> tokens("guessed", Clock.systemUTC()).token().block())
                .isInstanceOf(WebClientResponseException.Unauthorized.class);
    }
}

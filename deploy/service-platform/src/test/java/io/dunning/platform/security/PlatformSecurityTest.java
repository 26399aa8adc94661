package io.dunning.platform.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class PlatformSecurityTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        SharedTestInfrastructure.securityProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static DevTokenIssuer issuer() {
        return SharedTestInfrastructure.issuer();
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        web.get().uri("/things").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.type").isEqualTo("/problems/unauthorized");
    }

    @Test
    void aRoleTheRuleNamesMayCallAndOneItDoesNotGets403ProblemJson() {
        String collector = issuer().token("collector-li", "COLLECTOR");
        web.get().uri("/things").headers(h -> h.setBearerAuth(collector)).exchange().expectStatus().isOk();
        web.post().uri("/things").headers(h -> h.setBearerAuth(collector)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.instance").isEqualTo("/things");
        web.post().uri("/things").headers(h -> h.setBearerAuth(issuer().token("sup-chen", "SUPERVISOR")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void theCallerIsTheSubjectWithTheKnownRolesOfTheRolesClaim() {
        web.get().uri("/me").headers(h -> h.setBearerAuth(issuer().token("alice", "AUDITOR", "JANITOR", "SYSTEM")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.subject").isEqualTo("alice")
                .jsonPath("$.roles.length()").isEqualTo(2)
                .jsonPath("$.roles[?(@ == 'AUDITOR')]").exists()
                .jsonPath("$.roles[?(@ == 'SYSTEM')]").exists();
    }

    @Test
    void aTokenWithOnlyUnknownRolesGrantsNothing() {
        String token = issuer().token("mallory", "ADMIN", "ROLE_SUPERVISOR");
        web.get().uri("/things").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
        web.get().uri("/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    }

    @Test
    void expiredForeignWrongAudienceAndTamperedTokensAre401() {
        String expired = issuer().token("collector-li", List.of("COLLECTOR"), Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
        String wrongAudience = issuer().token("other-system", "collector-li", List.of("COLLECTOR"), Instant.now(),
                Duration.ofHours(1));
        String valid = issuer().token("collector-li", "COLLECTOR");
        String tampered = valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");
        try (DevTokenIssuer foreign = DevTokenIssuer.start(0, Duration.ofHours(1))) {
            for (String token : List.of(expired, wrongAudience, tampered, foreign.token("collector-li", "COLLECTOR"),
                    "not-a-jwt")) {
                web.get().uri("/things").headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isUnauthorized()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
        }
    }

    @Test
    void theOpenPathsNeedNoToken() {
        // nothing serves them in this miniature service: 404, not 401
        web.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        web.get().uri("/v3/api-docs").exchange().expectStatus().isNotFound();
        web.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aPathNoRuleNamesNeedsAValidTokenOnly() {
        web.get().uri("/nowhere").exchange().expectStatus().isUnauthorized();
        web.get().uri("/nowhere").headers(h -> h.setBearerAuth(issuer().token("alice", "AUDITOR"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aRequestTheFirewallRejectsIs400ProblemJsonNotAnEmptyAnswer() {
        web.method(HttpMethod.TRACE).uri("/things").headers(h -> h.setBearerAuth(issuer().token("alice", "AUDITOR")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.type").isEqualTo("/problems/rejected-request")
                .jsonPath("$.title").isEqualTo("Bad Request");
    }

    @Test
    void aBadRuleIsRefusedWhenDeclared() {
        assertThatThrownBy(() -> new AccessRule(HttpMethod.GET, "/x", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no role");
    }
}

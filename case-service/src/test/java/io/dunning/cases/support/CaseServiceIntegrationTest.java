package io.dunning.cases.support;

import io.dunning.deploy.infra.token.TestTokens;
import java.util.function.Consumer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.reactive.server.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that share ONE Spring context on the shared embedded PostgreSQL (database
 * {@value TestInfrastructure#DATABASE}) and Kafka broker, trusting the shared dev token issuer. The injected
 * WebTestClient acts as {@value #SUPERVISOR} (role SUPERVISOR) unless a request carries its own token
 * ({@link #as}). Tests isolate themselves by using fresh loan ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@AutoConfigureObservability(tracing = false)
@Import(CaseServiceIntegrationTest.DefaultToken.class)
public abstract class CaseServiceIntegrationTest {

    /** Who the tests' requests come from unless they say otherwise. */
    public static final String SUPERVISOR = "sup-test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.properties(TestInfrastructure.DATABASE)
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    /** A request's headers with a fresh token for {@code subject} holding {@code roles}. */
    public static Consumer<HttpHeaders> as(String subject, String... roles) {
        return TestTokens.as(subject, roles);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DefaultToken {
        @Bean
        WebTestClientBuilderCustomizer supervisorToken() {
            return builder -> builder.filter(TestTokens.byDefault(SUPERVISOR, "SUPERVISOR"));
        }
    }
}

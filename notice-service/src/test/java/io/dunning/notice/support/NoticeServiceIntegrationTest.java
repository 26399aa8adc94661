package io.dunning.notice.support;

import io.dunning.deploy.infra.SharedTestInfrastructure;
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
 * Base of the integration tests: ONE Spring context on the shared embedded PostgreSQL (database dunning_notice) and
 * the shared in-process Kafka broker, and the real SMS simulator ({@link SmsProvider}). Tests isolate themselves with
 * fresh case, loan and branch ids. The injected WebTestClient carries a supervisor's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureObservability(tracing = false)
@Import(NoticeServiceIntegrationTest.DefaultToken.class)
public abstract class NoticeServiceIntegrationTest {

    /** Who the tests' requests come from unless they carry their own token ({@link #as}): role SUPERVISOR. */
    public static final String SUPERVISOR = "sup-test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SharedTestInfrastructure.jdbcUrl("dunning_notice"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::bootstrapServers);
        SharedTestInfrastructure.securityProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("dunning.notice.sms.base-url", () -> SmsProvider.server().baseUrl());
        registry.add("dunning.notice.sms.first-backoff", () -> "PT0.01S");
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

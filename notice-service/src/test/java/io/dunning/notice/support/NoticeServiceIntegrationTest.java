package io.dunning.notice.support;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: ONE Spring context on the shared embedded PostgreSQL (database dunning_notice) and
 * the shared in-process Kafka broker, and the real SMS simulator ({@link SmsProvider}). Tests isolate themselves with
 * fresh case, loan and branch ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureObservability(tracing = false)
public abstract class NoticeServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SharedTestInfrastructure.jdbcUrl("dunning_notice"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::bootstrapServers);
        registry.add("dunning.notice.sms.base-url", () -> SmsProvider.server().baseUrl());
        registry.add("dunning.notice.sms.first-backoff", () -> "PT0.01S");
    }
}

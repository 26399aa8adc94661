package io.dunning.contact.support;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: ONE Spring context on the shared embedded PostgreSQL (dunning_contact) and KRaft
 * broker. Tests isolate themselves with fresh case, loan, customer and branch ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@AutoConfigureObservability(tracing = false)
public abstract class ContactIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SharedTestInfrastructure.jdbcUrl("dunning_contact"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::bootstrapServers);
        registry.add("dunning.contact.kafka.retry-initial-backoff", () -> "PT0.1S");
    }
}

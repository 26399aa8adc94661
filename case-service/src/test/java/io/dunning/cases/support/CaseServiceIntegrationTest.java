package io.dunning.cases.support;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that share ONE Spring context on the shared embedded PostgreSQL (database
 * {@value TestInfrastructure#DATABASE}) and Kafka broker. Tests isolate themselves by using fresh loan ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureObservability(tracing = false)
public abstract class CaseServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.properties(TestInfrastructure.DATABASE)
                .forEach((name, value) -> registry.add(name, () -> value));
    }
}

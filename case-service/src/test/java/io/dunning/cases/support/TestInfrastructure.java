package io.dunning.cases.support;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import java.util.HashMap;
import java.util.Map;

/**
 * case-service's view of the shared test infrastructure: ONE embedded PostgreSQL and ONE in-process KRaft broker
 * per test JVM (module deploy/embedded-infra), reused by every Spring test context. Real parts only: never a mock.
 */
public final class TestInfrastructure {

    public static final String DATABASE = "dunning_case";

    private TestInfrastructure() {
    }

    public static String bootstrapServers() {
        return SharedTestInfrastructure.bootstrapServers();
    }

    /** Spring properties pointing case-service at the shared PostgreSQL (database {@code database}), broker and issuer. */
    public static Map<String, Object> properties(String database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", SharedTestInfrastructure.jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers());
        properties.putAll(SharedTestInfrastructure.securityProperties());
        return properties;
    }
}

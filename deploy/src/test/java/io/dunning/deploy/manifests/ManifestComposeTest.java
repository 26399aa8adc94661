package io.dunning.deploy.manifests;

import static io.dunning.deploy.manifests.Manifests.list;
import static io.dunning.deploy.manifests.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml parses and refers only to what exists: images, ports, env names, files, probes. */
class ManifestComposeTest {

    private static final Path COMPOSE = Manifests.root().resolve("deploy/compose");

    private Map<String, Object> services() throws Exception {
        return map(Manifests.documents(COMPOSE.resolve("compose.yaml")).get(0).get("services"));
    }

    @Test
    void everyPartOfTheSystemIsThere() throws Exception {
        assertThat(services()).containsKeys("postgres", "kafka", "kafka-topics", "simulators", "case-service",
                "notice-service", "contact-service", "prometheus", "grafana");
        assertThat(map(services().get("postgres")).get("image")).isEqualTo("postgres:17");
        assertThat((String) map(services().get("kafka")).get("image")).startsWith("apache/kafka:");
        assertThat(map(map(services().get("kafka")).get("environment")).get("KAFKA_PROCESS_ROLES"))
                .isEqualTo("broker,controller");
    }

    @Test
    void theServicesRunTheirImageOnTheirPortWithEnvironmentTheyUnderstand() throws Exception {
        for (String name : List.of("simulators", "case-service", "notice-service", "contact-service")) {
            Map<String, Object> service = map(services().get(name));
            int port = Manifests.spec(name).port();
            assertThat(service.get("image")).as(name).isEqualTo("dunning/" + name + ":0.1.0");
            assertThat(list(service.get("ports"))).as(name + " ports").contains(port + ":" + port);
            Map<String, Object> env = map(service.get("environment"));
            assertThat(String.valueOf(env.get("SERVER_PORT"))).as(name + " SERVER_PORT").isEqualTo(String.valueOf(port));
            assertThat(env.keySet()).as(name + " environment names").isSubsetOf(Manifests.knownEnvironment(name));
            List<Object> healthcheck = list(map(service.get("healthcheck")).get("test"));
            assertThat(String.join(" ", healthcheck.stream().map(String::valueOf).toList()))
                    .as(name + " healthcheck").contains("/actuator/health/readiness");
        }
    }

    @Test
    void theServicesAreWiredToTheInfrastructureAndEachOther() throws Exception {
        for (String name : Manifests.SERVICES) {
            Map<String, Object> env = map(map(services().get(name)).get("environment"));
            assertThat(env.get("SPRING_DATASOURCE_URL")).as(name)
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + Manifests.spec(name).database());
            assertThat(env).as(name).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as(name).isEqualTo("kafka:9092");
            assertThat(String.valueOf(env.get("JAVA_TOOL_OPTIONS"))).as(name).contains("-Xmx384m");
            assertThat(map(map(services().get(name)).get("depends_on"))).as(name).containsKeys("postgres", "kafka-topics");
        }
        Map<String, Object> notice = map(map(services().get("notice-service")).get("environment"));
        assertThat(notice.get("DUNNING_NOTICE_COURIER_BASE_URL")).isEqualTo("http://simulators:8090");
        assertThat(notice.get("DUNNING_NOTICE_SMS_BASE_URL")).isEqualTo("http://simulators:8090");
        Map<String, Object> simulators = map(map(services().get("simulators")).get("environment"));
        assertThat(simulators.get("DUNNING_SIMULATORS_COURIER_CALLBACK_URL"))
                .isEqualTo("http://notice-service:" + Manifests.spec("notice-service").port() + "/courier/callbacks");
    }

    @Test
    void theInitScriptsCreateTheDatabasesAndEveryTopicWithItsDeadLetterTwin() throws Exception {
        String sql = Files.readString(COMPOSE.resolve("postgres/init-databases.sql"));
        for (String name : Manifests.SERVICES) {
            assertThat(sql).contains("CREATE DATABASE " + Manifests.spec(name).database() + ";");
        }
        String topics = Files.readString(COMPOSE.resolve("kafka/create-topics.sh"));
        for (String topic : List.of(io.dunning.events.Topics.CORE_BANKING_LOAN_EVENTS, io.dunning.events.Topics.CASE_EVENTS,
                io.dunning.events.Topics.NOTICE_EVENTS)) {
            assertThat(topics).contains(topic);
        }
        assertThat(topics).contains("\"$topic" + io.dunning.events.Topics.DLT_SUFFIX + "\"").contains("PARTITIONS:-3")
                .contains("--entity-name corebanking.loan-events.v1.DLT", "retention.ms=${COREBANKING_DLT_RETENTION_MS:-1209600000}");
    }

    @Test
    void everyMountedFileExists() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (Object service : services().values()) {
            for (Object volume : list(map(service).get("volumes"))) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".") && !Files.exists(COMPOSE.resolve(source))) {
                    missing.add(source);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}

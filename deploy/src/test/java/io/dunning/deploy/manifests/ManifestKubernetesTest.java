package io.dunning.deploy.manifests;

import static io.dunning.deploy.manifests.Manifests.list;
import static io.dunning.deploy.manifests.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/k8s: every file parses, kustomization lists them, and the references between objects hold. */
class ManifestKubernetesTest {

    private static final Path K8S = Manifests.root().resolve("deploy/k8s");
    /** kind/name to object, over every resource of kustomization.yaml. */
    private static final Map<String, Map<String, Object>> OBJECTS = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        Map<String, Object> kustomization = Manifests.documents(K8S.resolve("kustomization.yaml")).get(0);
        List<Object> resources = list(kustomization.get("resources"));
        try (var files = Files.list(K8S)) {
            Set<String> onDisk = new TreeSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")).toList());
            assertThat(new TreeSet<>(resources.stream().map(String::valueOf).toList())).as("kustomization resources")
                    .isEqualTo(onDisk);
        }
        for (Object resource : resources) {
            for (Map<String, Object> object : Manifests.documents(K8S.resolve(String.valueOf(resource)))) {
                String key = object.get("kind") + "/" + map(object.get("metadata")).get("name");
                assertThat(OBJECTS.put(key, object)).as("duplicate " + key).isNull();
                if (!"Namespace".equals(object.get("kind"))) {
                    assertThat(map(object.get("metadata")).get("namespace")).as(key).isEqualTo("dunning");
                }
            }
        }
    }

    private static Map<String, Object> podSpec(String kind, String name) {
        Map<String, Object> object = OBJECTS.get(kind + "/" + name);
        assertThat(object).as(kind + "/" + name).isNotNull();
        return map(map(map(object.get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> container(String kind, String name) {
        return map(list(podSpec(kind, name).get("containers")).get(0));
    }

    @Test
    void theInfrastructureIsThere() {
        assertThat(OBJECTS).containsKeys("Namespace/dunning", "Secret/dunning-db", "ConfigMap/dunning-common",
                "StatefulSet/postgres", "Service/postgres", "StatefulSet/kafka", "Service/kafka", "Job/kafka-topics");
        assertThat(container("StatefulSet", "postgres").get("image")).isEqualTo("postgres:17");
        assertThat(env(container("StatefulSet", "kafka")).get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        String init = String.valueOf(map(OBJECTS.get("ConfigMap/postgres-init").get("data")).get("01-init-databases.sql"));
        Map<String, Object> databases = map(OBJECTS.get("ConfigMap/dunning-databases").get("data"));
        for (String name : Manifests.SERVICES) {
            String database = Manifests.spec(name).database();
            assertThat(init).contains("CREATE DATABASE " + database + ";");
            assertThat(databases.get(name)).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        }
        String topics = String.valueOf(map(OBJECTS.get("ConfigMap/kafka-topics").get("data")).get("create-topics.sh"));
        assertThat(topics).contains(io.dunning.events.Topics.CORE_BANKING_LOAN_EVENTS, io.dunning.events.Topics.CASE_EVENTS,
                io.dunning.events.Topics.NOTICE_EVENTS, "\"$topic.DLT\"", "--partitions 3",
                "--entity-name corebanking.loan-events.v1.DLT --add-config retention.ms=1209600000");
    }

    @Test
    void everyServiceRunsTwiceWithProbesResourcesAndScrapeAnnotations() throws Exception {
        for (String name : Manifests.SERVICES) {
            Map<String, Object> deployment = OBJECTS.get("Deployment/" + name);
            assertThat(deployment).as(name).isNotNull();
            assertThat(map(deployment.get("spec")).get("replicas")).as(name + " replicas").isEqualTo(2);
            int port = Manifests.spec(name).port();
            Map<String, Object> container = container("Deployment", name);
            assertThat(container.get("image")).isEqualTo("dunning/" + name + ":0.1.0");
            assertThat(map(list(container.get("ports")).get(0)).get("containerPort")).as(name).isEqualTo(port);
            assertThat(env(container).get("SERVER_PORT")).isEqualTo(String.valueOf(port));
            assertThat(probePath(container, "livenessProbe")).as(name).isEqualTo("/actuator/health/liveness");
            assertThat(probePath(container, "readinessProbe")).as(name).isEqualTo("/actuator/health/readiness");
            assertThat(Manifests.applicationProperties(name).get("management.endpoint.health.probes.enabled"))
                    .as(name + " has the probe endpoints").isEqualTo(true);
            assertThat(String.valueOf(Manifests.applicationProperties(name).get("management.endpoints.web.exposure.include")))
                    .as(name + " exposes prometheus").contains("prometheus", "health");
            Map<String, Object> resources = map(container.get("resources"));
            assertThat(map(resources.get("requests"))).as(name).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as(name).containsKey("memory");
            Map<String, Object> annotations = map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                    .get("annotations"));
            assertThat(annotations).as(name).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", String.valueOf(port));
            Map<String, Object> service = OBJECTS.get("Service/" + name);
            assertThat(map(list(map(service.get("spec")).get("ports")).get(0)).get("port")).as(name).isEqualTo(port);
            assertThat(map(map(service.get("spec")).get("selector")))
                    .isEqualTo(map(map(map(deployment.get("spec")).get("selector")).get("matchLabels")));
        }
    }

    @Test
    void theHeapStaysUnder512MbAndTheEnvironmentIsUnderstood() throws Exception {
        assertThat(String.valueOf(map(OBJECTS.get("ConfigMap/dunning-common").get("data")).get("JAVA_TOOL_OPTIONS")))
                .contains("-Xmx384m");
        Set<String> common = map(OBJECTS.get("ConfigMap/dunning-common").get("data")).keySet();
        for (String name : List.of("case-service", "notice-service", "contact-service", "simulators")) {
            Set<String> known = Manifests.knownEnvironment(name);
            Map<String, Object> container = container("Deployment", name);
            assertThat(env(container).keySet()).as(name + " env").isSubsetOf(known);
            if (!list(container.get("envFrom")).isEmpty()) {
                assertThat(common).as(name + " envFrom dunning-common").isSubsetOf(known);
            }
        }
        assertThat(env(container("Deployment", "notice-service")))
                .containsEntry("DUNNING_NOTICE_COURIER_BASE_URL", "http://simulators:8090")
                .containsEntry("DUNNING_NOTICE_SMS_BASE_URL", "http://simulators:8090");
    }

    @Test
    void everyReferencedConfigMapSecretAndKeyExists() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : OBJECTS.entrySet()) {
            Map<String, Object> spec = map(entry.getValue().get("spec"));
            Map<String, Object> template = map(spec.get("template"));
            if (template.isEmpty()) {
                continue;
            }
            Map<String, Object> pod = map(template.get("spec"));
            for (Object c : list(pod.get("containers"))) {
                for (Object from : list(map(c).get("envFrom"))) {
                    check(problems, entry.getKey(), "ConfigMap", map(map(from).get("configMapRef")).get("name"), null);
                    check(problems, entry.getKey(), "Secret", map(map(from).get("secretRef")).get("name"), null);
                }
                for (Object e : list(map(c).get("env"))) {
                    Map<String, Object> valueFrom = map(map(e).get("valueFrom"));
                    Map<String, Object> cm = map(valueFrom.get("configMapKeyRef"));
                    Map<String, Object> secret = map(valueFrom.get("secretKeyRef"));
                    check(problems, entry.getKey(), "ConfigMap", cm.get("name"), cm.get("key"));
                    check(problems, entry.getKey(), "Secret", secret.get("name"), secret.get("key"));
                }
            }
            for (Object v : list(pod.get("volumes"))) {
                check(problems, entry.getKey(), "ConfigMap", map(map(v).get("configMap")).get("name"), null);
                check(problems, entry.getKey(), "Secret", map(map(v).get("secret")).get("secretName"), null);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String user, String kind, Object name, Object key) {
        if (name == null) {
            return;
        }
        Map<String, Object> object = OBJECTS.get(kind + "/" + name);
        if (object == null) {
            problems.add(user + " refers to missing " + kind + "/" + name);
            return;
        }
        if (key != null) {
            Set<String> keys = new TreeSet<>(map(object.get("data")).keySet());
            keys.addAll(map(object.get("stringData")).keySet());
            if (!keys.contains(String.valueOf(key))) {
                problems.add(user + " refers to missing key " + key + " of " + kind + "/" + name);
            }
        }
    }

    private static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> env = new HashMap<>();
        for (Object e : list(container.get("env"))) {
            env.put(String.valueOf(map(e).get("name")), map(e).get("value"));
        }
        return env;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }
}

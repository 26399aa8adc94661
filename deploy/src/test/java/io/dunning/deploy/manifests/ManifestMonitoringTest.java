package io.dunning.deploy.manifests;

import static io.dunning.deploy.manifests.Manifests.list;
import static io.dunning.deploy.manifests.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prometheus and Grafana on Kubernetes (deploy/k8s/prometheus.yaml, grafana.yaml): their ConfigMaps hold exactly the
 * files compose mounts (deploy/prometheus, deploy/grafana), mounted where the configuration expects them, and the
 * Kubernetes scrape configuration names jobs as the rules and dashboards do.
 */
class ManifestMonitoringTest {

    private static final Path DEPLOY = Manifests.root().resolve("deploy");
    private static final Map<String, Map<String, Object>> OBJECTS = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        for (String file : List.of("monitoring-config.yaml", "prometheus.yaml", "grafana.yaml")) {
            for (Map<String, Object> object : Manifests.documents(DEPLOY.resolve("k8s").resolve(file))) {
                OBJECTS.put(object.get("kind") + "/" + map(object.get("metadata")).get("name"), object);
            }
        }
    }

    @Test
    void theConfigMapsHoldExactlyTheFilesComposeMounts() throws Exception {
        assertConfigMapIs("prometheus-config", Map.of("prometheus.yml", DEPLOY.resolve("prometheus/prometheus-k8s.yml")));
        assertConfigMapIs("prometheus-rules", filesIn(DEPLOY.resolve("prometheus/rules"), ".yml"));
        assertConfigMapIs("grafana-datasources", filesIn(DEPLOY.resolve("grafana/provisioning/datasources"), ".yml"));
        assertConfigMapIs("grafana-dashboard-providers", filesIn(DEPLOY.resolve("grafana/provisioning/dashboards"), ".yml"));
        assertConfigMapIs("grafana-dashboards", filesIn(DEPLOY.resolve("grafana/dashboards"), ".json"));
    }

    @Test
    void prometheusFindsThePodsByAnnotationAndNamesJobsAfterTheApp() throws Exception {
        Map<String, Object> config = MetricsInUse.loadYaml(DEPLOY.resolve("prometheus/prometheus-k8s.yml"));
        assertThat(list(config.get("rule_files"))).containsExactly("rules/*.yml");
        Map<String, Object> pods = map(list(config.get("scrape_configs")).get(0));
        Map<String, Object> discovery = map(list(pods.get("kubernetes_sd_configs")).get(0));
        assertThat(discovery.get("role")).isEqualTo("pod");
        assertThat(list(map(discovery.get("namespaces")).get("names"))).containsExactly("dunning");
        Map<String, String> targets = new TreeMap<>();
        for (Object r : list(pods.get("relabel_configs"))) {
            Map<String, Object> rule = map(r);
            targets.put(String.valueOf(rule.getOrDefault("target_label", rule.get("action"))),
                    String.valueOf(list(rule.get("source_labels"))));
        }
        assertThat(targets).containsEntry("keep", "[__meta_kubernetes_pod_annotation_prometheus_io_scrape]")
                .containsEntry("__metrics_path__", "[__meta_kubernetes_pod_annotation_prometheus_io_path]")
                .containsEntry("__address__", "[__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]")
                .containsEntry("job", "[__meta_kubernetes_pod_label_app_kubernetes_io_name]");
        Map<String, Object> role = OBJECTS.get("Role/prometheus");
        assertThat(map(list(role.get("rules")).get(0))).containsEntry("resources", List.of("pods", "services", "endpoints"))
                .containsEntry("verbs", List.of("get", "list", "watch"));
        assertThat(map(map(map(OBJECTS.get("StatefulSet/prometheus").get("spec")).get("template")).get("spec"))
                .get("serviceAccountName")).isEqualTo("prometheus");
    }

    @Test
    void prometheusMountsItsConfigurationAndRulesWhereTheConfigurationLooks() {
        Map<String, Object> container = container("StatefulSet/prometheus");
        assertThat(list(container.get("args"))).contains("--config.file=/etc/prometheus/prometheus.yml");
        Map<String, String> mounts = mountsByConfigMap("StatefulSet/prometheus");
        assertThat(mounts).containsEntry("prometheus-config", "/etc/prometheus/prometheus.yml")
                .containsEntry("prometheus-rules", "/etc/prometheus/rules");
        assertThat(port("Service/prometheus")).isEqualTo(9090);
    }

    @Test
    void grafanaProvisionsThePrometheusServiceAndTheDashboards() throws Exception {
        var datasource = map(list(MetricsInUse.loadYaml(DEPLOY.resolve("grafana/provisioning/datasources/prometheus.yml"))
                .get("datasources")).get(0));
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:" + port("Service/prometheus"));
        var provider = map(list(MetricsInUse.loadYaml(DEPLOY.resolve("grafana/provisioning/dashboards/dunning.yml"))
                .get("providers")).get(0));
        assertThat(mountsByConfigMap("Deployment/grafana"))
                .containsEntry("grafana-datasources", "/etc/grafana/provisioning/datasources")
                .containsEntry("grafana-dashboard-providers", "/etc/grafana/provisioning/dashboards")
                .containsEntry("grafana-dashboards", String.valueOf(map(provider.get("options")).get("path")));
        assertThat(port("Service/grafana")).isEqualTo(3000);
    }

    private static void assertConfigMapIs(String name, Map<String, Path> files) throws Exception {
        Map<String, Object> data = map(OBJECTS.get("ConfigMap/" + name).get("data"));
        assertThat(data.keySet()).as(name + ": run deploy/k8s/monitoring-config.sh").isEqualTo(files.keySet());
        for (Map.Entry<String, Path> file : files.entrySet()) {
            assertThat(data.get(file.getKey())).as(name + "/" + file.getKey() + " differs from " + file.getValue()
                    + ": run deploy/k8s/monitoring-config.sh").isEqualTo(Files.readString(file.getValue()));
        }
    }

    private static Map<String, Path> filesIn(Path directory, String suffix) throws Exception {
        Map<String, Path> files = new TreeMap<>();
        MetricsInUse.files(directory, suffix).forEach(file -> files.put(file.getFileName().toString(), file));
        assertThat(files).as(directory.toString()).isNotEmpty();
        return files;
    }

    private static Map<String, Object> podSpec(String key) {
        return map(map(map(OBJECTS.get(key).get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> container(String key) {
        return map(list(podSpec(key).get("containers")).get(0));
    }

    /** ConfigMap name to the path its volume is mounted at (with subPath: the file's path). */
    private static Map<String, String> mountsByConfigMap(String key) {
        Map<String, String> volumeToConfigMap = new HashMap<>();
        for (Object v : list(podSpec(key).get("volumes"))) {
            Object configMap = map(map(v).get("configMap")).get("name");
            if (configMap != null) {
                volumeToConfigMap.put(String.valueOf(map(v).get("name")), String.valueOf(configMap));
            }
        }
        Map<String, String> mounts = new TreeMap<>();
        for (Object m : list(container(key).get("volumeMounts"))) {
            String configMap = volumeToConfigMap.get(String.valueOf(map(m).get("name")));
            if (configMap != null) {
                mounts.put(configMap, String.valueOf(map(m).get("mountPath")));
            }
        }
        return mounts;
    }

    private static int port(String service) {
        return (Integer) map(list(map(OBJECTS.get(service).get("spec")).get("ports")).get(0)).get("port");
    }
}

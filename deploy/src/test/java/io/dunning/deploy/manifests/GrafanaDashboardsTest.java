package io.dunning.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboards parse, have unique ids, every panel queries the provisioned datasource; provisioning is consistent. */
class GrafanaDashboardsTest {

    private static final Path GRAFANA = Manifests.root().resolve("deploy/grafana");

    @Test
    void everyDashboardIsValidAndEveryPanelHasAQuery() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Path> dashboards = MetricsInUse.files(GRAFANA.resolve("dashboards"), ".json");
        assertThat(dashboards.stream().map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                "dunning-ingest.json", "dunning-ladder.json", "dunning-letters.json", "dunning-lag.json",
                "dunning-errors.json");
        Set<String> uids = new HashSet<>();
        for (Path file : dashboards) {
            JsonNode dashboard = json.readTree(file.toFile());
            assertThat(uids.add(dashboard.path("uid").asText())).as(file + " uid unique").isTrue();
            assertThat(dashboard.path("title").asText()).as(file.toString()).isNotBlank();
            assertThat(dashboard.path("panels").size()).as(file.toString()).isGreaterThan(0);
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                String where = file.getFileName() + " / " + panel.path("title").asText();
                assertThat(ids.add(panel.path("id").asInt())).as(where + " id unique").isTrue();
                assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("prometheus");
                assertThat(panel.path("targets").size()).as(where).isGreaterThan(0);
                for (JsonNode target : panel.path("targets")) {
                    assertThat(MetricsInUse.metricNames(target.path("expr").asText())).as(where).isNotEmpty();
                }
            }
        }
    }

    @Test
    void provisioningPointsAtTheDashboardsAndThePrometheusDatasource() throws Exception {
        var datasource = Manifests.map(Manifests.list(MetricsInUse.loadYaml(
                GRAFANA.resolve("provisioning/datasources/prometheus.yml")).get("datasources")).get(0));
        assertThat(datasource.get("uid")).isEqualTo("prometheus");
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        var provider = Manifests.map(Manifests.list(MetricsInUse.loadYaml(
                GRAFANA.resolve("provisioning/dashboards/dunning.yml")).get("providers")).get(0));
        String path = String.valueOf(Manifests.map(provider.get("options")).get("path"));
        String compose = java.nio.file.Files.readString(Manifests.root().resolve("deploy/compose/compose.yaml"));
        assertThat(compose).contains("../grafana/dashboards:" + path + ":ro")
                .contains("../grafana/provisioning:/etc/grafana/provisioning:ro");
    }
}

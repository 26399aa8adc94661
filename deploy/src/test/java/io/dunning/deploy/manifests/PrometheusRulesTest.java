package io.dunning.deploy.manifests;

import static io.dunning.deploy.manifests.Manifests.list;
import static io.dunning.deploy.manifests.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The alert rules are complete, and read only metrics the services' code registers (promtool checks the syntax). */
class PrometheusRulesTest {

    private static final Path PROMETHEUS = Manifests.root().resolve("deploy/prometheus");

    @Test
    void everyAlertHasSeverityAndOperatorText() throws Exception {
        Set<String> alerts = new TreeSet<>();
        for (Path file : MetricsInUse.files(PROMETHEUS.resolve("rules"), ".yml")) {
            for (Object group : list(MetricsInUse.loadYaml(file).get("groups"))) {
                for (Object r : list(map(group).get("rules"))) {
                    Map<String, Object> rule = map(r);
                    String alert = String.valueOf(rule.get("alert"));
                    alerts.add(alert);
                    assertThat(map(rule.get("labels")).get("severity")).as(alert).isIn("page", "ticket");
                    assertThat(map(rule.get("annotations"))).as(alert).containsKeys("summary", "description", "runbook");
                }
            }
        }
        assertThat(alerts).contains("DunningServiceDown", "DunningIngestStalled", "DunningDeadLettersGrowing",
                "DunningProcessorLagHigh", "DunningPublishLagHigh", "DunningCourierFailures", "ComplianceRefusalsSpike");
    }

    @Test
    void rulesAndDashboardsReadOnlyMetricsTheServicesRegister() throws Exception {
        Set<String> exported = CodeMetrics.exported();
        Map<String, Set<String>> unknown = new TreeMap<>();
        MetricsInUse.expressions(Manifests.root()).forEach((where, expr) -> {
            Set<String> names = new TreeSet<>(MetricsInUse.metricNames(expr));
            names.removeAll(exported);
            if (!names.isEmpty()) {
                unknown.put(where, names);
            }
        });
        assertThat(unknown).isEmpty();
        assertThat(exported).containsAll(MetricsInUse.REGISTERED_ON_FIRST_FAILURE);
    }

    /** DunningProcessorLagHigh and the Lag dashboard read eventProcessor_latency by processorName in both. */
    @Test
    void bothAxonServicesExportDimensionalProcessorMetrics() throws Exception {
        for (String service : java.util.List.of("case-service", "notice-service")) {
            assertThat(Manifests.applicationProperties(service).get("axon.metrics.micrometer.dimensional")).as(service)
                    .isEqualTo(true);
            assertThat(java.nio.file.Files.readString(Manifests.root().resolve(service).resolve("pom.xml")))
                    .as(service).contains("<artifactId>axon-micrometer</artifactId>");
        }
    }

    @Test
    void theMetricNameExtractionSkipsFunctionsLabelsAndGrouping() {
        assertThat(MetricsInUse.metricNames("sum by (job, topic) (increase(dunning_dlt_records_total{topic=~\"a.b\"}[15m])) > 0"
                + " and on (job) up == 0 unless rate(x_total[$__rate_interval]) offset 5m"))
                .containsExactlyInAnyOrder("dunning_dlt_records_total", "up", "x_total");
    }

    @Test
    void prometheusScrapesEveryServiceOnItsPortAndPathAndLoadsTheRules() throws Exception {
        Map<String, Object> config = MetricsInUse.loadYaml(PROMETHEUS.resolve("prometheus.yml"));
        assertThat(list(config.get("rule_files"))).contains("rules/*.yml");
        Map<String, Map<String, Object>> jobs = new TreeMap<>();
        list(config.get("scrape_configs")).forEach(j -> jobs.put(String.valueOf(map(j).get("job_name")), map(j)));
        for (String name : Manifests.SERVICES) {
            Map<String, Object> job = jobs.get(name);
            assertThat(job).as(name).isNotNull();
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            assertThat(list(map(list(job.get("static_configs")).get(0)).get("targets")))
                    .containsExactly(name + ":" + Manifests.spec(name).port());
        }
    }
}

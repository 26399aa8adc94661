package io.dunning.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The metric names the Grafana dashboards and the Prometheus alert rules in deploy/ query, and the names a service's
 * {@code /actuator/prometheus} exposes. Shared by the manifest tests (against the services' sources) and the
 * end-to-end test (against real scrapes).
 */
public final class MetricsInUse {

    /**
     * Meters the services register only when the thing they count first happens (a record dead-lettered, a courier
     * or SMS call failing, a retry): a healthy run's scrape need not show them. Each is checked against the code
     * instead ({@code PrometheusRulesTest}).
     */
    public static final Set<String> REGISTERED_ON_FIRST_FAILURE = Set.of(
            "dunning_dlt_records_total",
            "dunning_notice_courier_retries_total",
            "dunning_notice_sms_retries_total");

    /**
     * Kafka client meters that Micrometer's KafkaClientMetrics binds on its refresh schedule (every 60 s) and only
     * once the consumer has fetched from its partitions: a short end-to-end run's scrape may or may not show them
     * (seen both ways on the same commit). They come from the Kafka client, not from our code.
     */
    public static final Set<String> BOUND_LATE_BY_THE_KAFKA_CLIENT = Set.of(
            "kafka_consumer_fetch_manager_records_lag");

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_:.$])([A-Za-z_:][A-Za-z0-9_:]*)(?![A-Za-z0-9_:])(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan", "Inf", "NaN");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

    private MetricsInUse() {
    }

    /** Every PromQL expression in the rules and dashboards, keyed by where it is (file and alert or panel). */
    public static Map<String, String> expressions(Path projectRoot) throws IOException {
        Map<String, String> expressions = new TreeMap<>();
        for (Path rules : files(projectRoot.resolve("deploy/prometheus/rules"), ".yml")) {
            Map<String, Object> doc = loadYaml(rules);
            for (Object group : (List<?>) doc.get("groups")) {
                for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                    Map<?, ?> r = (Map<?, ?>) rule;
                    Object name = r.containsKey("alert") ? r.get("alert") : r.get("record");
                    expressions.put(rules.getFileName() + "#" + name, String.valueOf(r.get("expr")));
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (Path dashboard : files(projectRoot.resolve("deploy/grafana/dashboards"), ".json")) {
            JsonNode root = json.readTree(dashboard.toFile());
            for (JsonNode panel : root.path("panels")) {
                int i = 0;
                for (JsonNode target : panel.path("targets")) {
                    expressions.put(dashboard.getFileName() + "#" + panel.path("title").asText() + "#" + i++,
                            target.path("expr").asText());
                }
            }
            for (JsonNode variable : root.path("templating").path("list")) {
                String query = variable.path("query").isObject() ? variable.path("query").path("query").asText()
                        : variable.path("query").asText();
                Matcher m = Pattern.compile("label_values\\(([A-Za-z_:][A-Za-z0-9_:]*)").matcher(query);
                if (m.find()) {
                    expressions.put(dashboard.getFileName() + "#$" + variable.path("name").asText(), m.group(1));
                }
            }
        }
        return expressions;
    }

    /** The metric names one PromQL expression reads (not functions, keywords, labels or durations). */
    public static Set<String> metricNames(String promql) {
        String text = promql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "");
        text = GROUPING.matcher(text).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every metric name the rules and dashboards read. */
    public static Set<String> used(Path projectRoot) throws IOException {
        Set<String> names = new TreeSet<>();
        expressions(projectRoot).values().forEach(e -> names.addAll(metricNames(e)));
        return names;
    }

    /** The sample names of a Prometheus text exposition ({@code name{labels} value}). */
    public static Set<String> exposed(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    static List<Path> files(Path directory, String suffix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> loadYaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (Map<String, Object>) new Yaml().load(in);
        }
    }
}

package io.dunning.deploy.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus names of the meters the services register, found in their Java sources (Micrometer's naming:
 * dots and dashes to underscores; counters {@code _total}; timers {@code _seconds_count/_sum/_max}; distribution
 * summaries {@code _count/_sum/_max}; gauges as they are), plus the framework meters the dashboards use, each seen
 * in a real scrape (ThreeServicesEndToEndIT keeps them honest).
 */
final class CodeMetrics {

    private static final Pattern METER = Pattern.compile(
            "(Counter\\.builder|\\.counter|Timer\\.builder|Gauge\\.builder|DistributionSummary\\.builder)\\(\\s*\"(dunning\\.[a-z0-9.\\-]+)\"");

    /** Axon's dimensional processor meters, spring-kafka's consumer meters, Boot's HTTP meters, Prometheus' up. */
    static final Set<String> FRAMEWORK = Set.of("up", "eventProcessor_latency", "eventProcessor_processedCounter_total",
            "eventProcessor_failureCounter_total", "kafka_consumer_fetch_manager_records_lag",
            "http_server_requests_seconds_count");

    private CodeMetrics() {
    }

    static Set<String> exported() throws IOException {
        Set<String> names = new TreeSet<>(FRAMEWORK);
        Path root = Manifests.root();
        for (String module : List.of("case-service", "notice-service", "contact-service")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = METER.matcher(Files.readString(file));
                    while (m.find()) {
                        names.addAll(prometheusNames(m.group(1), m.group(2)));
                    }
                }
            }
        }
        return names;
    }

    static List<String> prometheusNames(String builder, String meterName) {
        String base = meterName.replace('.', '_').replace('-', '_');
        return switch (builder) {
            case "Counter.builder", ".counter" -> List.of(base + "_total");
            case "Timer.builder" -> List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max");
            case "DistributionSummary.builder" -> List.of(base + "_count", base + "_sum", base + "_max");
            default -> List.of(base);
        };
    }
}

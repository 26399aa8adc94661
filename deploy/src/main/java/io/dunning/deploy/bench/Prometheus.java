package io.dunning.deploy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The Prometheus text exposition format, read just enough for the benchmark: samples and histogram quantiles. */
public final class Prometheus {

    /** One sample line: {@code name{labels} value}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private Prometheus() {
    }

    public static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.indexOf(' ');
            String name;
            Map<String, String> labels = new LinkedHashMap<>();
            String rest;
            if (brace >= 0 && (space < 0 || brace < space)) {
                name = line.substring(0, brace);
                int end = parseLabels(line, brace + 1, labels);
                rest = line.substring(end + 1).strip();
            } else {
                name = line.substring(0, space);
                rest = line.substring(space + 1).strip();
            }
            String value = rest.split("\\s+")[0];
            samples.add(new Sample(name, Map.copyOf(labels), parseValue(value)));
        }
        return samples;
    }

    /** Sum of every sample named {@code name} whose labels pass {@code filter}. */
    public static double sum(List<Sample> samples, String name, Predicate<Map<String, String>> filter) {
        return samples.stream().filter(s -> s.name().equals(name) && filter.test(s.labels()))
                .mapToDouble(Sample::value).sum();
    }

    /**
     * The {@code q} quantile of histogram {@code base} ({@code base_bucket} samples summed over every other label),
     * interpolated linearly inside the bucket as PromQL's {@code histogram_quantile} does; NaN without observations.
     */
    public static double quantile(List<Sample> samples, String base, double q) {
        return quantile(buckets(samples, base), q);
    }

    /**
     * As {@link #quantile(List, String, double)} over what was observed between two scrapes of the same process:
     * the bucket counts of {@code after} less those of {@code before} (a bucket missing before counts 0).
     */
    public static double quantileBetween(List<Sample> before, List<Sample> after, String base, double q) {
        TreeMap<Double, Double> delta = buckets(after, base);
        buckets(before, base).forEach((le, count) -> delta.merge(le, -count, Double::sum));
        return quantile(delta, q);
    }

    /** The {@code base_bucket} samples summed over every label but {@code le}: cumulative counts by upper bound. */
    private static TreeMap<Double, Double> buckets(List<Sample> samples, String base) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (Sample s : samples) {
            if (s.name().equals(base + "_bucket") && s.labels().containsKey("le")) {
                buckets.merge(parseValue(s.labels().get("le")), s.value(), Double::sum);
            }
        }
        return buckets;
    }

    /** As {@link #quantile(List, String, double)}, on cumulative counts by upper bound. */
    static double quantile(TreeMap<Double, Double> cumulative, double q) {
        if (cumulative.isEmpty()) {
            return Double.NaN;
        }
        double total = cumulative.lastEntry().getValue();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            double upper = bucket.getKey();
            double count = bucket.getValue();
            if (count >= rank && count > lowerCount) {
                if (Double.isInfinite(upper)) {
                    return lowerBound;
                }
                return lowerBound + (upper - lowerBound) * (rank - lowerCount) / (count - lowerCount);
            }
            lowerBound = upper;
            lowerCount = count;
        }
        return lowerBound;
    }

    private static int parseLabels(String line, int at, Map<String, String> labels) {
        int i = at;
        while (i < line.length() && line.charAt(i) != '}') {
            if (line.charAt(i) == ',' || line.charAt(i) == ' ') {
                i++;
                continue;
            }
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            i = eq + 2; // past ="
            while (line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                i++;
            }
            labels.put(key, value.toString());
            i++;
        }
        return i;
    }

    private static double parseValue(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }
}

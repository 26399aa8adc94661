package io.dunning.deploy.manifests;

import io.dunning.deploy.service.ServiceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** What the manifest tests know about the project: its root, the services' settings, YAML loading. */
final class Manifests {

    static final List<String> SERVICES = List.of("case-service", "notice-service", "contact-service");
    /** Environment variables that are not Spring properties but are read by the JVM or the image. */
    static final Set<String> NON_SPRING_ENV = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    /**
     * The simulators have no application.yml: their settings are {@code SimulatorSettings} (dunning.simulators.*)
     * and Boot's own keys.
     */
    static final Set<String> SIMULATOR_KEYS = Set.of("server.port", "management.endpoint.health.probes.enabled",
            "dunning.simulators.courier.callback-url", "dunning.simulators.courier.delivery-delay",
            "dunning.simulators.courier.return-ratio", "dunning.simulators.courier.seed",
            "dunning.simulators.courier.callback-max-attempts", "dunning.simulators.courier.callback-backoff",
            "dunning.simulators.sms.failure-ratio", "dunning.simulators.sms.seed",
            "dunning.security.client.token-uri", "dunning.security.client.client-id",
            "dunning.security.client.client-secret");

    private Manifests() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("case-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the project");
        }
        return dir;
    }

    static ServiceSpec spec(String name) {
        return ServiceSpec.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** All documents of a YAML file. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Object document : new Yaml().loadAll(in)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
        }
        return documents;
    }

    /** A service's application.yml flattened to property keys ({@code a.b.c}, lists as {@code a[0]}). */
    static Map<String, Object> applicationProperties(String service) throws IOException {
        Map<String, Object> flat = new LinkedHashMap<>();
        for (Map<String, Object> document : documents(root().resolve(service).resolve("src/main/resources/application.yml"))) {
            flatten("", document, flat);
        }
        return flat;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else if (value instanceof List<?> list) {
            into.put(prefix, list);
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, value);
        }
    }

    /**
     * The environment variable names Spring's relaxed binding maps to these keys: dots (and list brackets) to
     * underscores, upper case, and dashes either removed (canonical) or turned into underscores (legacy form,
     * also accepted by {@code SystemEnvironmentPropertyMapper}).
     */
    static Set<String> environmentNames(Iterable<String> keys) {
        Set<String> names = new TreeSet<>();
        for (String key : keys) {
            String dotted = key.replace("[", ".").replace("]", "");
            names.add(dotted.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT));
            names.add(dotted.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return names;
    }

    /** The environment variables a service may be given: every key it knows, in both relaxed forms. */
    static Set<String> knownEnvironment(String service) throws IOException {
        Set<String> keys = new TreeSet<>(service.equals("simulators") ? SIMULATOR_KEYS
                : applicationProperties(service).keySet());
        Set<String> names = environmentNames(keys);
        names.addAll(NON_SPRING_ENV);
        if (!service.equals("simulators")) {
            names.addAll(placeholders(applicationProperties(service).values()));
        }
        return names;
    }

    /** The environment variables application.yml reads itself: {@code ${DUNNING_JWT_ISSUER_URI}} and the like. */
    static Set<String> placeholders(Iterable<Object> values) {
        Set<String> names = new TreeSet<>();
        for (Object value : values) {
            Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}

package io.dunning.deploy.resilience.harness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checks counted and every violation they found (up to 5 examples each), printed to the test's log. */
public final class Verdict {

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();

    public void count(String what, long value) {
        counts.put(what, value);
    }

    /** Records a violation when {@code offenders} is not empty. */
    public void expectNone(String rule, Collection<?> offenders) {
        if (!offenders.isEmpty()) {
            violations.add(rule + ": " + offenders.size() + ", e.g. " + offenders.stream().limit(5).toList());
        }
    }

    public void expectEqual(String rule, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            violations.add(rule + ": expected " + expected + " but was " + actual);
        }
    }

    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("counted:");
        counts.forEach((what, value) -> text.append("\n  ").append(what).append(" = ").append(value));
        text.append(violations.isEmpty() ? "\nno violation" : "\nVIOLATIONS:");
        violations.forEach(v -> text.append("\n  ").append(v));
        return text.toString();
    }
}

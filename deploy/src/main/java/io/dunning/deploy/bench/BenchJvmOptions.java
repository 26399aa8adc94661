package io.dunning.deploy.bench;

import io.dunning.deploy.service.ServiceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options of the services a benchmark run starts. */
final class BenchJvmOptions {

    /**
     * Heap as the launcher gives it (goal: 512 MB per service); serial GC leaves the 2 cores to the work. {@code
     * DUNNING_BENCH_JVM_OPTIONS} (space-separated) adds options to both runs, for experiments such as
     * {@code -XX:TieredStopAtLevel=1}; the report lists them.
     */
    static final List<String> CHILD = childJvmOptions(System.getenv("DUNNING_BENCH_JVM_OPTIONS"));

    static List<String> childJvmOptions(String extra) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Xss512k", "-XX:+UseSerialGC"));
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return ServiceSpec.withConductAllDay(options.toArray(String[]::new));
    }

    /**
     * The children's JVM options; with {@code DUNNING_BENCH_JFR=<dir>} in the environment each service also records
     * a flight recording ({@code <dir>/<mode>-<service>.jfr}, profile settings) for finding the bottleneck.
     */
    static List<String> forService(ServiceSpec spec, String mode) {
        String jfrDirectory = System.getenv("DUNNING_BENCH_JFR");
        if (jfrDirectory == null || jfrDirectory.isBlank() || spec.database() == null) {
            return CHILD;
        }
        List<String> options = new ArrayList<>(CHILD);
        options.add("-XX:FlightRecorderOptions:stackdepth=512"); // the default 64 cuts Axon's and Reactor's stacks
        options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + Path.of(jfrDirectory).resolve(mode + "-" + spec.name() + ".jfr").toAbsolutePath());
        return options;
    }

    private BenchJvmOptions() {
    }
}

package io.dunning.deploy.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child JVM. Its output is copied line by line with a {@code [name]} prefix;
 * an unexpected exit is reported with the exit code, and the launcher keeps running. The last lines of its output
 * are kept, so a caller can show why it died.
 */
public final class ServiceProcess {

    private static final long STOP_GRACE_SECONDS = 20;
    private static final int TAIL_LINES = 150;
    /** The launcher's heap per service. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m");

    private final ServiceSpec spec;
    private final Process process;
    private final PrintStream out;
    private final Deque<String> tail = new ArrayDeque<>();
    private volatile boolean stopping;

    private ServiceProcess(ServiceSpec spec, Process process, PrintStream out) {
        this.spec = spec;
        this.process = process;
        this.out = out;
    }

    /**
     * Starts {@code java -jar <jar> --spring.datasource.url=... --spring.kafka.bootstrap-servers=... --server.port=...}.
     */
    public static ServiceProcess start(ServiceSpec spec, Path jar, String jdbcUrl, String bootstrapServers,
                                       PrintStream out) throws IOException {
        return start(spec, jar, jdbcUrl, bootstrapServers, out, DEFAULT_JVM_OPTIONS);
    }

    /** As {@link #start(ServiceSpec, Path, String, String, PrintStream)}, with these JVM options (heap, GC). */
    public static ServiceProcess start(ServiceSpec spec, Path jar, String jdbcUrl, String bootstrapServers,
                                       PrintStream out, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                // a bank's system does not call home (Axon's update checker is on by default)
                "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-jar", jar.toString(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.port=" + spec.port()));
        if (spec.database() != null) {
            command.add("--spring.datasource.url=" + jdbcUrl);
            command.add("--spring.datasource.username=postgres");
        }
        command.addAll(spec.extraArgs());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ServiceProcess child = new ServiceProcess(spec, process, out);
        child.copyOutput();
        process.onExit().thenAccept(ended -> child.reportExit(ended.exitValue()));
        return child;
    }

    public ServiceSpec spec() {
        return spec;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The last lines it printed (up to 150), oldest first. */
    public List<String> outputTail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /** SIGTERM (Spring shuts down gracefully), then SIGKILL after a grace period. */
    public void stop() {
        stopping = true;
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                out.println("[launcher] " + spec.name() + " did not stop in " + STOP_GRACE_SECONDS + " s: killing it");
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The same Java that runs the launcher. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void copyOutput() {
        Thread pump = new Thread(() -> {
            String prefix = "[" + spec.name() + "] ";
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    out.println(prefix + line);
                    keep(line);
                }
            } catch (IOException e) {
                if (!stopping) {
                    out.println(prefix + "(output closed: " + e.getMessage() + ")");
                }
            }
        }, spec.name() + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    private void keep(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }

    private void reportExit(int exitCode) {
        if (!stopping) {
            out.println("[launcher] " + spec.name() + " EXITED with code " + exitCode
                    + " (see its lines above). PostgreSQL and Kafka stay up; Ctrl-C stops everything.");
        }
    }
}

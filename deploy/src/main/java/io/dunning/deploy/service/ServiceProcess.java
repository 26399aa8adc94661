package io.dunning.deploy.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child JVM. Its output is copied line by line with a {@code [name]} prefix, or, as the
 * launcher runs it, written to its own log file (and echoed only when asked); an unexpected exit is reported with
 * the exit code, and the launcher keeps running. The last lines of its output are kept, so a caller can show why
 * it died.
 */
public final class ServiceProcess {

    private static final long STOP_GRACE_SECONDS = 20;
    private static final int TAIL_LINES = 150;
    private static final int TAIL_LINES_ON_EXIT = 20;
    /** 128 + SIGINT, 128 + SIGTERM: how a JVM ends when stopped by a signal. */
    private static final List<Integer> SIGNALLED = List.of(130, 143);
    /**
     * Starts the command with SIGINT ignored: a JVM that inherits an ignored SIGINT installs no handler for it, so
     * Ctrl-C in the launcher's terminal (sent to the whole process group) reaches the launcher only, which then stops
     * its children itself, in {@link StopOrder}, with SIGTERM.
     */
    private static final List<String> DEAF_TO_CTRL_C = List.of("sh", "-c", "trap '' INT; exec \"$@\"", "sh");
    /** The launcher's heap per service. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m");

    private final ServiceSpec spec;
    private final Process process;
    private final PrintStream out;
    private final Path logFile;
    private final boolean echo;
    private final Deque<String> tail = new ArrayDeque<>();
    private volatile Thread pump;
    private volatile boolean stopping;

    private ServiceProcess(ServiceSpec spec, Process process, PrintStream out, Path logFile, boolean echo) {
        this.spec = spec;
        this.process = process;
        this.out = out;
        this.logFile = logFile;
        this.echo = echo;
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
        return launch(spec, command(spec, jar, jdbcUrl, bootstrapServers, jvmOptions), out, null, true);
    }

    /**
     * The launcher's way: the output goes to {@code logFile} (emptied first), to {@code out} as well when
     * {@code echo}; Ctrl-C in the terminal does not reach the child, only the launcher's {@link #stop()} does.
     */
    public static ServiceProcess startLogged(ServiceSpec spec, Path jar, String jdbcUrl, String bootstrapServers,
                                             PrintStream out, Path logFile, boolean echo) throws IOException {
        List<String> command = new ArrayList<>(DEAF_TO_CTRL_C);
        command.addAll(command(spec, jar, jdbcUrl, bootstrapServers, DEFAULT_JVM_OPTIONS));
        return launch(spec, command, out, logFile, echo);
    }

    private static List<String> command(ServiceSpec spec, Path jar, String jdbcUrl, String bootstrapServers,
                                        List<String> jvmOptions) {
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
        return command;
    }

    static ServiceProcess launch(ServiceSpec spec, List<String> command, PrintStream out, Path logFile,
                                         boolean echo) throws IOException {
        Writer log = logFile == null ? Writer.nullWriter() : Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            log.close();
            throw e;
        }
        ServiceProcess child = new ServiceProcess(spec, process, out, logFile, echo);
        child.copyOutput(log);
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

    /** Where its output went, for a message: "its lines above" or its log file. */
    public String whereItsOutputIs() {
        return echo || logFile == null ? "its lines above" : logFile.toString();
    }

    /** The last lines it printed (up to 150), oldest first. */
    public List<String> outputTail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /** The launcher is stopping: an exit from now on is expected, not reported. */
    public void stopRequested() {
        stopping = true;
    }

    /**
     * SIGTERM (Spring shuts down gracefully), then SIGKILL after a grace period; returns once its output is copied to
     * the end. The signal goes through the {@link ProcessHandle}: {@link Process#destroy()} would also close our end
     * of its output pipe, so its shutdown lines (consumers stopped, graceful shutdown, pool closed) would be lost.
     */
    public void stop() {
        stopping = true;
        if (!process.isAlive()) {
            return;
        }
        process.toHandle().destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                out.println("[launcher] " + spec.name() + " did not stop in " + STOP_GRACE_SECONDS + " s: killing it");
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return;
        }
        awaitOutput();
    }

    /** The same Java that runs the launcher. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void copyOutput(Writer log) {
        Thread copier = new Thread(() -> {
            String prefix = "[" + spec.name() + "] ";
            try (log; BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.write(line);
                    log.write(System.lineSeparator());
                    log.flush();
                    if (echo) {
                        out.println(prefix + line);
                    }
                    keep(line);
                }
            } catch (IOException e) {
                if (!stopping) {
                    out.println(prefix + "(output closed: " + e.getMessage() + ")");
                }
            }
        }, spec.name() + "-output");
        copier.setDaemon(true);
        pump = copier;
        copier.start();
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
        if (stopping) {
            return;
        }
        String stays = " PostgreSQL and Kafka stay up; Ctrl-C stops everything.";
        if (SIGNALLED.contains(exitCode)) {
            out.println("[launcher] " + spec.name() + " was stopped by a signal from outside (exit code " + exitCode
                    + ")." + stays);
            return;
        }
        out.println("[launcher] " + spec.name() + " EXITED with code " + exitCode + " (see "
                + whereItsOutputIs() + ")." + stays);
        if (!echo) {
            awaitOutput();
            List<String> last = outputTail();
            last.subList(Math.max(0, last.size() - TAIL_LINES_ON_EXIT), last.size())
                    .forEach(line -> out.println("[" + spec.name() + "] " + line));
        }
    }

    private void awaitOutput() {
        try {
            pump.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

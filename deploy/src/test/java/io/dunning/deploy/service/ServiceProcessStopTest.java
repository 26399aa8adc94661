package io.dunning.deploy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a child keeps what it prints while it shuts down (its log shows how it stopped). */
class ServiceProcessStopTest {

    @Test
    @DisplayName("the lines a child prints after SIGTERM reach its log file")
    void theShutdownLinesAreKept(@TempDir Path logs) throws Exception {
        Path logFile = logs.resolve("child.log");
        ServiceSpec spec = new ServiceSpec("child", "child", 1, null, List.of());
        // stands in for a service: on SIGTERM it prints its graceful-shutdown line, then exits
        ServiceProcess child = ServiceProcess.launch(spec, List.of("sh", "-c",
                "trap 'echo Graceful shutdown complete; exit 0' TERM; echo started; while :; do sleep 0.05; done"),
                new PrintStream(PrintStream.nullOutputStream()), logFile, false);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!child.outputTail().contains("started") && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }

        child.stop();

        assertThat(child.isAlive()).isFalse();
        assertThat(child.outputTail()).containsExactly("started", "Graceful shutdown complete");
        assertThat(Files.readAllLines(logFile)).containsExactly("started", "Graceful shutdown complete");
    }
}

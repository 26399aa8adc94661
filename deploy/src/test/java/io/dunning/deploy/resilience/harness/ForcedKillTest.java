package io.dunning.deploy.resilience.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The fleet's kill is a real SIGKILL on Linux, which no process can trap (a SIGTERM could be ignored). */
class ForcedKillTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    @DisplayName("ProcessHandle.destroyForcibly ends a process that ignores SIGTERM, with exit code 128 + 9 (SIGKILL)")
    void destroyForciblyIsSigkill() throws Exception {
        Process ignoresTerm = new ProcessBuilder("bash", "-c", "trap '' TERM; echo ready; exec sleep 60").start();
        assertThat(ignoresTerm.inputReader().readLine()).isEqualTo("ready");

        ignoresTerm.destroy();
        assertThat(ignoresTerm.waitFor(1, TimeUnit.SECONDS)).as("still alive after SIGTERM").isFalse();

        ProcessHandle.of(ignoresTerm.pid()).orElseThrow().destroyForcibly();
        assertThat(ignoresTerm.waitFor(10, TimeUnit.SECONDS)).as("ended by destroyForcibly").isTrue();
        assertThat(ignoresTerm.exitValue()).isEqualTo(128 + 9);
    }
}

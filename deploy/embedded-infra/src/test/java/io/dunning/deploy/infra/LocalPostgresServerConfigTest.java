package io.dunning.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extra server settings of the embedded cluster (dunning.postgres.server-config). */
class LocalPostgresServerConfigTest {

    @Test
    void pairsSeparatedBySemicolonsInOrder() {
        assertThat(LocalPostgres.serverConfig("shared_preload_libraries=pg_stat_statements; track_io_timing = on;"))
                .containsExactly(Map.entry("shared_preload_libraries", "pg_stat_statements"),
                        Map.entry("track_io_timing", "on"));
        assertThat(LocalPostgres.serverConfig("")).isEmpty();
    }

    @Test
    void aPairWithoutANameIsRefused() {
        assertThatThrownBy(() -> LocalPostgres.serverConfig("=on")).hasMessageContaining("not name=value: =on");
        assertThatThrownBy(() -> LocalPostgres.serverConfig("fsync")).hasMessageContaining("fsync");
    }
}

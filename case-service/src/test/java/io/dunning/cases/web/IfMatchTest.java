package io.dunning.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** If-Match carries the case's ETag, the aggregate version the client saw. */
class IfMatchTest {

    @Test
    void theETagIsReadAsTheExpectedVersion() {
        assertThat(CaseCommands.expectedVersion("\"12\"")).isEqualTo(12L);
        assertThat(CaseCommands.expectedVersion("W/\"12\"")).isEqualTo(12L);
        assertThat(CaseCommands.expectedVersion(" 7 ")).isEqualTo(7L);
    }

    @Test
    void absentOrAnyIsNotVersionChecked() {
        assertThat(CaseCommands.expectedVersion(null)).isNull();
        assertThat(CaseCommands.expectedVersion("")).isNull();
        assertThat(CaseCommands.expectedVersion("*")).isNull();
    }

    @Test
    void anythingElseIsA400NamingIfMatch() {
        for (String bad : new String[] {"\"v7\"", "\"-1\"", "\"1\", \"2\"", "99999999999999999999"}) {
            assertThatThrownBy(() -> CaseCommands.expectedVersion(bad))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("If-Match"));
        }
    }
}

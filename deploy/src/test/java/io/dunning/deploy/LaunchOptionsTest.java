package io.dunning.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's command line. */
class LaunchOptionsTest {

    @Test
    void verboseKeepsTheServicesOutputOnTheConsoleAndIsOffByDefault() {
        assertThat(LaunchOptions.parse(new String[] {"--demo", "--loans", "10", "--fresh"}).verbose()).isFalse();
        LaunchOptions verbose = LaunchOptions.parse(new String[] {"--demo", "--verbose"});
        assertThat(verbose.verbose()).isTrue();
        assertThat(verbose.demo()).isTrue();
        assertThat(verbose.help()).isFalse();
        assertThat(LaunchOptions.USAGE).contains("--verbose");
    }

    @Test
    void anUnknownArgumentAsksForHelp() {
        assertThat(LaunchOptions.parse(new String[] {"--loud"}).help()).isTrue();
        assertThat(LaunchOptions.parse(new String[] {"--loans", "10", "--fresh"}).demoLoans()).isEqualTo(10);
    }
}

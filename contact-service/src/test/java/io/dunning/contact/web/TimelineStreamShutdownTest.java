package io.dunning.contact.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.contact.config.ContactProperties;
import io.dunning.contact.support.ProjectionDatabase;
import io.dunning.contact.timeline.TimelineHub;
import io.dunning.contact.timeline.TimelineQueries;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * An open SSE timeline stream ends when the service shuts down, so the web server's graceful shutdown does not wait
 * its whole timeout for it (the contact-service test JVM used to hang 30 s at exit for the streams of its tests).
 */
class TimelineStreamShutdownTest {

    private final TimelineHub hub = new TimelineHub();
    private final ContactProperties properties = new ContactProperties(null, null,
            new ContactProperties.Paging(50, 200), new ContactProperties.Stream(100));
    private final TimelineController controller = new TimelineController(
            new TimelineQueries(ProjectionDatabase.jdbc()), hub, new Paging(properties), properties);

    @Test
    @DisplayName("a live timeline stream completes when the hub stops (shutdown)")
    void anOpenStreamEndsWhenTheServiceStops() {
        hub.start();
        assertThat(hub.isRunning()).isTrue();

        StepVerifier.create(controller.stream("case-" + UUID.randomUUID()))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(300))
                .then(hub::stop)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
        assertThat(hub.isRunning()).isFalse();
    }

    @Test
    @DisplayName("the hub stops before the web server's graceful shutdown, which runs in a lower phase")
    void theHubStopsBeforeTheWebServer() {
        assertThat(hub.getPhase()).isGreaterThan(org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 1024);
    }
}

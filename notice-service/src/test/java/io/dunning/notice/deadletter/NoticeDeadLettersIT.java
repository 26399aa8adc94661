package io.dunning.notice.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.deadletters.DeadLetters;
import io.dunning.deadletters.EventSavepoints;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * notice-service's effect processors park in Axon's JDBC dead-letter queue (its behaviour under a real fault is
 * proven in case-service's CaseViewDeadLetterIT, same module processor-dead-letters); here: the wiring.
 */
class NoticeDeadLettersIT extends NoticeServiceIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MeterRegistry meterRegistry;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DeadLetters deadLetters;

    @Test
    @DisplayName("courier-handover and sms-sending each have a dead-letter queue and a dead-letter processor; "
            + "GET /dead-letters lists both, the gauge exists per group, an unknown group is a 404 problem")
    void theEffectProcessorsParkAndOpsCanSeeAndRetry() {
        assertThat(deadLetters.groups()).containsExactly("courier-handover", "sms-sending");
        for (String group : deadLetters.groups()) {
            assertThat(processing.deadLetterQueue(group)).as(group).isPresent();
            assertThat(processing.sequencedDeadLetterProcessor(group)).as(group).isPresent();
            assertThat(meterRegistry.get("dunning.dead.letters.parked").tag("group", group).gauge().value())
                    .isZero();
        }
        assertThat(processing.deadLetterQueue("notice-events-publisher")).as("the publisher never parks").isEmpty();

        web.get().uri("/dead-letters").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['courier-handover'].parked").isEqualTo(0)
                .jsonPath("$['sms-sending'].sequences.length()").isEqualTo(0);
        web.post().uri("/dead-letters/{group}/retry", "sms-sending").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.processed").isEqualTo(false);
        web.post().uri("/dead-letters/{group}/retry", "letter-archive").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("group");
    }

    @Test
    @DisplayName("the savepoint before each event wraps the parking processors' events once, the publisher's never")
    void savepointsOnlyWhereEventsPark() {
        assertThat(savepointsOf("courier-handover")).isEqualTo(1);
        assertThat(savepointsOf("sms-sending")).isEqualTo(1);
        assertThat(savepointsOf("notice-events-publisher")).isZero();
    }

    private long savepointsOf(String processor) {
        return processing.eventProcessor(processor).orElseThrow().getHandlerInterceptors().stream()
                .filter(EventSavepoints.class::isInstance).count();
    }
}

package io.dunning.notice.sms.http;

import io.dunning.notice.sms.SmsGateway;
import io.dunning.notice.sms.SmsRejected;
import io.dunning.notice.sms.SmsUnavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.notice.sms.SmsGateway.Sms;
import io.dunning.simulators.Draw;
import io.dunning.simulators.Faults.Fault;
import io.dunning.simulators.SimulatorServer;
import io.dunning.simulators.SimulatorSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** The SMS adapter against the real SMS simulator, over HTTP on loopback. */
class HttpSmsGatewayTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final double FAILURE_RATIO = 0.3;
    private static final long SEED = 5L;
    private static SimulatorServer simulator;
    private SimpleMeterRegistry meters;
    private SmsGateway sms;

    @BeforeAll
    static void startSimulator() {
        simulator = SimulatorServer.start(0, new SimulatorSettings(null, new SimulatorSettings.Sms(FAILURE_RATIO, SEED)));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void freshGateway() {
        simulator.reset();
        meters = new SimpleMeterRegistry();
        sms = new HttpSmsGateway(WebClient.builder(), new SmsProperties(URI.create(simulator.baseUrl()),
                Duration.ofMillis(500), Duration.ofMillis(300), 3, Duration.ofMillis(10), Duration.ofMillis(50)), meters);
    }

    /** An SMS id the seeded provider accepts. */
    private static String deliverable(int from) {
        return IntStream.iterate(from, i -> i + 1).mapToObj("SMS-%06d"::formatted)
                .filter(id -> !Draw.below(FAILURE_RATIO, SEED, id)).findFirst().orElseThrow();
    }

    private static Sms message(String smsId) {
        return new Sms(smsId, "RCP-1", "REMINDER_DPD1", "您的贷款已逾期，请尽快还款。");
    }

    @Test
    void aSentSmsGetsTheProvidersMessageId() {
        String id = deliverable(1);

        var receipt = sms.send(message(id)).block(WAIT);

        assertThat(receipt.smsId()).isEqualTo(id);
        assertThat(simulator.sms().messages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo(receipt.messageId());
            assertThat(m.idempotencyKey()).isEqualTo(id);
        });
        assertThat(meters.timer("dunning.notice.sms.requests", "outcome", "ok").count()).isEqualTo(1);
    }

    @Test
    void theSameSmsIdTwiceIsOneMessage() {
        String id = deliverable(100);

        var first = sms.send(message(id)).block(WAIT);
        var second = sms.send(message(id)).block(WAIT);

        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(simulator.sms().messages()).hasSize(1);
    }

    @Test
    void serviceUnavailableAndLostAnswersAreRetriedAndTheSmsGoesOutOnce() {
        String id = deliverable(200);
        simulator.faults().inject("sms", new Fault(503, null, true), 2);

        var receipt = sms.send(message(id)).block(WAIT);

        assertThat(simulator.sms().messages()).singleElement()
                .satisfies(m -> assertThat(m.messageId()).isEqualTo(receipt.messageId()));
        assertThat(meters.counter("dunning.notice.sms.retries").count()).isEqualTo(2);
    }

    @Test
    void undeliverableNumbersAreRejectedAsTheSeededRatioSaysAndNotRetried() {
        List<String> ids = IntStream.rangeClosed(300, 319).mapToObj("SMS-%06d"::formatted).toList();
        List<String> expectedRefused = ids.stream().filter(id -> Draw.below(FAILURE_RATIO, SEED, id)).toList();
        assertThat(expectedRefused).isNotEmpty().hasSizeLessThan(ids.size());

        List<String> refused = ids.stream().filter(id -> {
            try {
                sms.send(message(id)).block(WAIT);
                return false;
            } catch (SmsRejected e) {
                assertThat(e.code()).isEqualTo("UNDELIVERABLE");
                assertThat(e.status()).isEqualTo(422);
                return true;
            }
        }).toList();

        assertThat(refused).isEqualTo(expectedRefused);
        assertThat(meters.find("dunning.notice.sms.retries").counter()).isNull();
        assertThatThrownBy(() -> sms.send(message(expectedRefused.get(0))).block(WAIT))
                .isInstanceOf(SmsRejected.class);
        assertThat(simulator.sms().messages()).hasSize(ids.size());
    }

    @Test
    void anIncompleteMessageIsRejectedWithoutRetry() {
        assertThatThrownBy(() -> sms.send(new Sms("SMS-400", null, "REMINDER_DPD1", null)).block(WAIT))
                .isInstanceOfSatisfying(SmsRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("MISSING_FIELD");
                });
        assertThat(meters.find("dunning.notice.sms.retries").counter()).isNull();
    }

    @Test
    void aSilentProviderIsRetriedABoundedNumberOfTimesThenUnavailable() {
        simulator.faults().inject("sms", new Fault(0, Duration.ofSeconds(2), false), 10);

        assertThatThrownBy(() -> sms.send(message(deliverable(500))).block(WAIT))
                .isInstanceOfSatisfying(SmsUnavailable.class, e -> assertThat(e.attempts()).isEqualTo(3));
        assertThat(meters.timer("dunning.notice.sms.requests", "outcome", "unavailable").count()).isEqualTo(1);
    }
}

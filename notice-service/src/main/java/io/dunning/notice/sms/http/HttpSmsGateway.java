package io.dunning.notice.sms.http;

import io.dunning.notice.sms.SmsException;
import io.dunning.notice.sms.SmsGateway;
import io.dunning.notice.sms.SmsRejected;
import io.dunning.notice.sms.SmsUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.channel.ChannelOption;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

/**
 * {@link SmsGateway} over the provider's HTTP API: POST /sms/messages, Idempotency-Key = SMS id. Transient faults
 * (5xx, timeouts, refused connections) are retried with exponential backoff up to {@code maxAttempts}; a 4xx is
 * not. Metrics: timer {@code dunning.notice.sms.requests} (outcome = ok|rejected|unavailable) and counter
 * {@code dunning.notice.sms.retries}. Logs name the SMS id, never the recipient or the text.
 */
final class HttpSmsGateway implements SmsGateway {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final WebClient client;
    private final SmsProperties properties;
    private final MeterRegistry meters;

    HttpSmsGateway(WebClient.Builder web, SmsProperties properties, MeterRegistry meters) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.readTimeout());
        this.client = web.clone()
                .baseUrl(properties.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public Mono<SmsReceipt> send(Sms sms) {
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(meters);
            AtomicInteger attempts = new AtomicInteger();
            return Mono.defer(() -> {
                        attempts.incrementAndGet();
                        return client.post().uri("/sms/messages")
                                .header(IDEMPOTENCY_KEY, sms.smsId())
                                .bodyValue(sms)
                                .retrieve()
                                .bodyToMono(SmsReceipt.class);
                    })
                    .retryWhen(Retry.backoff(properties.maxAttempts() - 1L, properties.firstBackoff())
                            .maxBackoff(properties.maxBackoff())
                            .filter(HttpSmsGateway::isTransient)
                            .doBeforeRetry(signal -> {
                                meters.counter("dunning.notice.sms.retries").increment();
                                log.warn("SMS {} failed (attempt {}), retrying: {}", sms.smsId(),
                                        signal.totalRetries() + 1, signal.failure().toString());
                            })
                            .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                    .onErrorMap(e -> translate(e, sms.smsId(), attempts.get()))
                    .doOnSuccess(r -> {
                        sample.stop(timer("ok"));
                        log.info("SMS {} accepted by the provider as {}", sms.smsId(), r.messageId());
                    })
                    .doOnError(e -> {
                        String outcome = e instanceof SmsRejected ? "rejected" : "unavailable";
                        sample.stop(timer(outcome));
                        log.warn("SMS {} ended {}: {}", sms.smsId(), outcome, e.getMessage());
                    });
        });
    }

    private Timer timer(String outcome) {
        return Timer.builder("dunning.notice.sms.requests")
                .description("Calls to the SMS provider, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    static boolean isTransient(Throwable e) {
        return e instanceof WebClientRequestException
                || e instanceof TimeoutException
                || e instanceof WebClientResponseException r && r.getStatusCode().is5xxServerError();
    }

    private static Throwable translate(Throwable e, String smsId, int attempts) {
        if (e instanceof SmsException) {
            return e;
        }
        if (e instanceof WebClientResponseException r && r.getStatusCode().is4xxClientError()) {
            return new SmsRejected(smsId, r.getStatusCode().value(), code(r), r);
        }
        return new SmsUnavailable(smsId, attempts, e);
    }

    private static String code(WebClientResponseException r) {
        try {
            Map<?, ?> body = r.getResponseBodyAs(Map.class);
            return body != null && body.get("code") != null ? body.get("code").toString() : "UNKNOWN";
        } catch (RuntimeException notJson) {
            return "UNKNOWN";
        }
    }
}

package io.dunning.notice.courier.http;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The courier's HTTP endpoint and how patiently we call it.
 *
 * @param baseUrl        the courier API root (default: the local simulator)
 * @param connectTimeout time to open a connection
 * @param readTimeout    time to wait for the answer once the request is sent
 * @param maxAttempts    attempts per call, the first one included (transient faults only)
 * @param firstBackoff   pause before the first retry, doubled each time (with jitter)
 * @param maxBackoff     longest pause between attempts
 */
@ConfigurationProperties("dunning.notice.courier")
public record CourierProperties(URI baseUrl, Duration connectTimeout, Duration readTimeout, Integer maxAttempts,
                                Duration firstBackoff, Duration maxBackoff) {

    public CourierProperties {
        baseUrl = baseUrl != null ? baseUrl : URI.create("http://localhost:8090");
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(2);
        readTimeout = readTimeout != null ? readTimeout : Duration.ofSeconds(5);
        maxAttempts = maxAttempts != null ? maxAttempts : 4;
        firstBackoff = firstBackoff != null ? firstBackoff : Duration.ofMillis(200);
        maxBackoff = maxBackoff != null ? maxBackoff : Duration.ofSeconds(5);
    }
}

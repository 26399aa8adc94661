package io.dunning.simulators;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the simulators behave; every value has a default so the launcher can start them bare.
 *
 * @param courier the courier simulator
 * @param sms     the SMS simulator
 */
@ConfigurationProperties("dunning.simulators")
public record SimulatorSettings(Courier courier, Sms sms) {

    public SimulatorSettings {
        courier = courier != null ? courier : new Courier(null, null, null, null, null, null);
        sms = sms != null ? sms : new Sms(null, null);
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(null, null);
    }

    /**
     * @param callbackUrl         where delivery results are posted (notice-service's POST /courier/callbacks); a
     *                            comma-separated list for several instances: each waybill starts at one of them
     *                            (by its hash) and every retry moves on to the next ({@link #callbackTarget})
     * @param deliveryDelay       time from handover to the DELIVERED/RETURNED callback
     * @param returnRatio         share of letters that come back RETURNED (0..1)
     * @param seed                seed of the outcome draw; the same seed and letter number give the same outcome
     * @param callbackMaxAttempts attempts to post one callback (1 = no retry)
     * @param callbackBackoff     first pause between callback attempts, doubled each time
     */
    public record Courier(List<URI> callbackUrl, Duration deliveryDelay, Double returnRatio, Long seed,
                          Integer callbackMaxAttempts, Duration callbackBackoff) {
        public Courier {
            callbackUrl = callbackUrl != null && !callbackUrl.isEmpty() ? List.copyOf(callbackUrl)
                    : List.of(URI.create("http://localhost:8082/courier/callbacks"));
            deliveryDelay = deliveryDelay != null ? deliveryDelay : Duration.ofSeconds(30);
            returnRatio = returnRatio != null ? returnRatio : 0.1;
            seed = seed != null ? seed : 42L;
            callbackMaxAttempts = callbackMaxAttempts != null ? callbackMaxAttempts : 5;
            callbackBackoff = callbackBackoff != null ? callbackBackoff : Duration.ofSeconds(1);
        }

        /** Where attempt {@code attempt} (1, 2, ...) of a waybill's callback goes. */
        public URI callbackTarget(String waybill, int attempt) {
            return callbackUrl.get(Math.floorMod(waybill.hashCode() + attempt - 1, callbackUrl.size()));
        }
    }

    /**
     * @param failureRatio share of messages the provider refuses as undeliverable (0..1)
     * @param seed         seed of the failure draw; the same seed and SMS id give the same result
     */
    public record Sms(Double failureRatio, Long seed) {
        public Sms {
            failureRatio = failureRatio != null ? failureRatio : 0.0;
            seed = seed != null ? seed : 42L;
        }
    }
}

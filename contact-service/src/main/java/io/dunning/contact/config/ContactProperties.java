package io.dunning.contact.config;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of contact-service under {@code dunning.contact.*} (defaults in application.yml).
 *
 * @param kafka    topics consumed and the bounded retry of transient faults
 * @param worklist weights of the collectors' worklist priority (R4.4, see worklist.WorklistPriority)
 * @param paging   page size default and upper limit of every list endpoint
 * @param stream   how many existing entries the SSE timeline stream replays at most
 */
@ConfigurationProperties("dunning.contact")
public record ContactProperties(Kafka kafka, Worklist worklist, Paging paging, Stream stream) {

    /**
     * @param caseEventsTopic     the case events topic (dunning.case-events.v1)
     * @param noticeEventsTopic   the notice events topic (dunning.notice-events.v1)
     * @param retryAttempts       retries of a transient fault before the record goes to the DLT
     * @param retryInitialBackoff first retry delay, doubled up to retryMaxBackoff
     * @param retryMaxBackoff     longest retry delay
     */
    public record Kafka(String caseEventsTopic, String noticeEventsTopic, int retryAttempts,
                        Duration retryInitialBackoff, Duration retryMaxBackoff) {
    }

    /**
     * @param brokenPromiseWeight  added to the multiplier per broken promise
     * @param returnedLetterWeight added to the multiplier per returned letter
     * @param daysPastDueWeight    added to the multiplier per day past due (up to daysPastDueCap)
     * @param daysPastDueCap       days past due beyond which age no longer raises the priority
     */
    public record Worklist(BigDecimal brokenPromiseWeight, BigDecimal returnedLetterWeight,
                           BigDecimal daysPastDueWeight, int daysPastDueCap) {
    }

    /**
     * @param defaultSize page size when the request gives none
     * @param maxSize     largest page size a request may ask for
     */
    public record Paging(int defaultSize, int maxSize) {
    }

    /** @param replayLimit most existing entries replayed before live ones */
    public record Stream(int replayLimit) {
    }
}

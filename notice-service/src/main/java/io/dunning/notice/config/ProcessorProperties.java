package io.dunning.notice.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Axon event processors of notice-service ({@code dunning.notice.processors.*}).
 *
 * @param publisherBatchSize events the Kafka publisher sends per unit of work before it waits for the broker's
 *                           acknowledgements and stores its token
 * @param segments           segments of each tracking processor when its tokens are first created, and threads per
 *                           instance (so one surviving instance can process all of them); changing it later needs
 *                           Axon's split/merge, not this property (docs/adr/0014)
 * @param effectSegments     segments (and threads per instance) of the two effect processors, courier-handover and
 *                           sms-sending, when their tokens are first created: each of their events waits on an HTTP
 *                           call, so more of them run side by side than the publisher's
 * @param tokenClaimInterval how often an instance's idle worker tries to claim an unowned segment
 * @param balanceInterval    how often an instance that holds every segment of a processor releases one for another
 *                           instance ({@code io.dunning.processing.SegmentBalancer}); zero turns balancing off
 */
@ConfigurationProperties("dunning.notice.processors")
public record ProcessorProperties(
        @DefaultValue("50") int publisherBatchSize,
        @DefaultValue("2") int segments,
        @DefaultValue("4") int effectSegments,
        @DefaultValue("PT1S") Duration tokenClaimInterval,
        @DefaultValue("PT0S") Duration balanceInterval) {

    /** A released segment stays released for three claim intervals: long enough for another instance to claim it. */
    public Duration releaseDuration() {
        return tokenClaimInterval.multipliedBy(3);
    }
}

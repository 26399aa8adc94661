package io.dunning.cases.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Axon event store and token store on PostgreSQL ({@code dunning.case.event-store.*}).
 *
 * @param gapTimeout   how long a tracking processor waits for a gap in the global index to fill before it gives the
 *                     missing event up; keep it well above the longest event-store transaction, which
 *                     PostgreSQL bounds (statement and idle-in-transaction timeouts in application.yml, DESIGN.md 2)
 * @param maxGapOffset how far behind the newest global index gaps are still tracked
 * @param batchSize    events read from the store per query by tracking processors and aggregate loading
 * @param claimTimeout after this long without an update a token claim of another node may be taken over
 */
@ConfigurationProperties("dunning.case.event-store")
public record EventStoreProperties(
        @DefaultValue("PT1M") Duration gapTimeout,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("100") int batchSize,
        @DefaultValue("PT10S") Duration claimTimeout) {
}

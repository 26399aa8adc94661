package io.dunning.notice.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Axon event processors of notice-service ({@code dunning.notice.processors.*}).
 *
 * @param publisherBatchSize events the Kafka publisher sends per unit of work before it waits for the broker's
 *                           acknowledgements and stores its token
 */
@ConfigurationProperties("dunning.notice.processors")
public record ProcessorProperties(@DefaultValue("50") int publisherBatchSize) {
}

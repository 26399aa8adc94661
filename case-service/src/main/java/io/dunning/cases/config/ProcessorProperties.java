package io.dunning.cases.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Axon event processors of case-service ({@code dunning.case.processors.*}).
 *
 * @param publisherBatchSize events the Kafka publisher sends per unit of work before it waits for the broker's
 *                           acknowledgements and stores its token
 * @param caseViewBatchSize  events the case_view projection applies per transaction
 */
@ConfigurationProperties("dunning.case.processors")
public record ProcessorProperties(
        @DefaultValue("50") int publisherBatchSize,
        @DefaultValue("100") int caseViewBatchSize) {
}

package io.dunning.cases.config;

import io.dunning.cases.escalation.CollectionPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link CollectionPolicy} in force, validated at startup. The aggregate receives it as a handler parameter
 * (Axon resolves Spring beans as handler parameters).
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfig {

    @Bean
    CollectionPolicy collectionPolicy(PolicyProperties properties) {
        return properties.toPolicy();
    }
}

package io.dunning.platform.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link ServiceTokens} for an application that calls the services (a service, or a simulator reporting back), when
 * it has a client: {@code dunning.security.client.token-uri}, {@code client-id}, {@code client-secret}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceTokensAutoConfiguration {

    @Bean
    @ConditionalOnProperty("dunning.security.client.token-uri")
    @ConditionalOnMissingBean
    ServiceTokens serviceTokens(ServiceClientProperties client, ObjectProvider<WebClient.Builder> builder,
                                ObjectProvider<Clock> clock) {
        return new ServiceTokens(builder.getIfAvailable(WebClient::builder).build(), client,
                clock.getIfAvailable(Clock::systemUTC));
    }
}

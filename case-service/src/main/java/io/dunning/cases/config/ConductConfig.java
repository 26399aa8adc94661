package io.dunning.cases.config;

import io.dunning.cases.conduct.ContactProfile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link ContactProfile} in force (RULEBOOK section 6), validated at startup; the case receives it as a
 * handler parameter when it decides whether a party may be contacted.
 */
@Configuration(proxyBeanMethods = false)
class ConductConfig {

    @Bean
    ContactProfile contactProfile(ConductProperties properties) {
        return properties.toProfile();
    }
}

package io.dunning.cases.config;

import io.dunning.cases.party.PartyCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The party store's cipher (DESIGN.md 3), its master key validated at startup. */
@Configuration(proxyBeanMethods = false)
class PartyConfig {

    @Bean
    PartyCipher partyCipher(PartyProperties properties) {
        return properties.toCipher();
    }
}

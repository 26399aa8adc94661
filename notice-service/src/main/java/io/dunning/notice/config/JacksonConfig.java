package io.dunning.notice.config;

import com.fasterxml.jackson.databind.Module;
import io.dunning.events.json.TypedIdModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson for everything: Spring Boot's ObjectMapper (JavaTimeModule, ISO dates, see application.yml) plus the
 * typed-id module. Axon's Jackson serializer ({@code axon.serializer.*=jackson}) picks up this same ObjectMapper.
 */
@Configuration(proxyBeanMethods = false)
class JacksonConfig {

    @Bean
    Module typedIdModule() {
        return new TypedIdModule();
    }
}

package io.dunning.contact.config;

import com.fasterxml.jackson.databind.Module;
import io.dunning.events.json.TypedIdModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot's ObjectMapper (JavaTimeModule, ISO dates) plus typed ids as bare strings, for Kafka and REST. */
@Configuration(proxyBeanMethods = false)
class JacksonConfig {

    @Bean
    Module typedIdModule() {
        return new TypedIdModule();
    }
}

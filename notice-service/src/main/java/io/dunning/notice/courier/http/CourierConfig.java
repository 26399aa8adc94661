package io.dunning.notice.courier.http;

import io.dunning.notice.courier.CourierGateway;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The courier adapter and its settings ({@code dunning.notice.courier.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CourierProperties.class)
class CourierConfig {

    @Bean
    CourierGateway courierGateway(WebClient.Builder web, CourierProperties properties,
                                  ObjectProvider<MeterRegistry> meters) {
        return new HttpCourierGateway(web, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}

package io.dunning.notice.sms.http;

import io.dunning.notice.sms.SmsGateway;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The SMS adapter and its settings ({@code dunning.notice.sms.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfig {

    @Bean
    SmsGateway smsGateway(WebClient.Builder web, SmsProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new HttpSmsGateway(web, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}

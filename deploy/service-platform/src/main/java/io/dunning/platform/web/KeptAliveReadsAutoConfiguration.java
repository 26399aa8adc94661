package io.dunning.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link KeptAliveReads} on every service's Netty server. {@code dunning.web.kept-alive-reads=false} takes it
 * off once the services run on a Reactor Netty with the fix (1.3 or later).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "reactor.netty.http.server.HttpServer")
@ConditionalOnProperty(name = "dunning.web.kept-alive-reads", havingValue = "true", matchIfMissing = true)
public class KeptAliveReadsAutoConfiguration {

    @Bean
    NettyServerCustomizer keptAliveReads() {
        return KeptAliveReads::install;
    }
}

package io.dunning.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Every service is an OAuth2 JWT resource server (docs/security.md): the keys, issuer and audience come from
 * {@code spring.security.oauth2.resourceserver.jwt.*} (DUNNING_JWT_* in production), roles from the {@code roles}
 * claim. Health, info, Prometheus scraping and the OpenAPI documents are open; the service's {@link AccessRules}
 * decide the rest; anything they do not name needs a valid token. 401 and 403 are problem+json. Stateless: no
 * session, no CSRF (no cookies are ever read).
 */
@AutoConfiguration(before = {ReactiveOAuth2ResourceServerAutoConfiguration.class,
        ReactiveSecurityAutoConfiguration.class, ReactiveUserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.security.oauth2.jwt.ReactiveJwtDecoder")
@EnableWebFluxSecurity
public class PlatformSecurityAutoConfiguration {

    /** Open to anyone: probes, scraping and the API documents. */
    public static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**"};

    /** How long, and how many, verified tokens are kept (VerifiedTokens). */
    static final Duration TOKENS_KEPT_FOR = Duration.ofMinutes(5);
    static final long TOKENS_KEPT = 10_000;

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain dunningSecurityFilterChain(ServerHttpSecurity http, ObjectProvider<AccessRules> rules,
                                                      ObjectProvider<ReactiveJwtDecoder> decoder, ObjectMapper json) {
        ReactiveJwtDecoder jwtDecoder = decoder.getIfAvailable(() -> {
            throw new IllegalStateException("no JWT issuer configured: set DUNNING_JWT_ISSUER_URI and "
                    + "DUNNING_JWT_JWK_SET_URI (spring.security.oauth2.resourceserver.jwt.*), see docs/security.md");
        });
        ProblemResponses problems = new ProblemResponses(json);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(new VerifiedTokens(jwtDecoder, Clock.systemUTC(), TOKENS_KEPT_FOR,
                                        TOKENS_KEPT)).jwtAuthenticationConverter(new RolesClaim()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(OPEN).permitAll();
                    rules.orderedStream().flatMap(service -> service.rules().stream()).forEach(rule ->
                            exchanges.pathMatchers(rule.method(), rule.pattern()).hasAnyAuthority(rule.authorities()));
                    exchanges.anyExchange().authenticated();
                })
                .build();
    }

    /**
     * No observation (a Micrometer timer and a tracing span) around each security filter, the authentication and the
     * authorization of every request: under the benchmark's 500 timeline queries a second they were a ninth of
     * contact-service's event loop, and no dashboard or alert reads them. The request as a whole stays observed
     * ({@code http_server_requests}), and 401/403 are in its status tag.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** A request the firewall rejects (encoded slash, {@code ..}, TRACE, ...) is a problem+json 400, not an empty one. */
    @Bean
    @ConditionalOnMissingBean(ServerExchangeRejectedHandler.class)
    ServerExchangeRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return problems::rejected;
    }

    /** {@link Caller} as a controller parameter. */
    @Bean
    WebFluxConfigurer callerParameter() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CallerArgumentResolver());
            }
        };
    }
}

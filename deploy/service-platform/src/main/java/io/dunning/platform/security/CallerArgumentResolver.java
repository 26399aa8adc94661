package io.dunning.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Resolves a {@link Caller} controller parameter from the request's authenticated JWT. */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .<Object>map(token -> new Caller(token.getToken().getSubject(), roles(token)))
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("no bearer token")));
    }

    private static Set<Role> roles(JwtAuthenticationToken token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}

package io.dunning.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The token's {@code roles} claim (a list of role names) as authorities; names that are not a {@link Role} are
 * ignored, so a token from another system grants nothing here. The principal's name is the subject.
 */
final class RolesClaim implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String CLAIM = "roles";
    private static final Set<String> KNOWN = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject()));
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object claim = jwt.getClaims().get(CLAIM);
        if (!(claim instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream().map(String::valueOf).filter(KNOWN::contains)
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(Role.valueOf(name).authority()))
                .toList();
    }
}

package io.dunning.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who makes the request: the token's subject (the acting user, or the calling service's client id) and its roles.
 * A controller takes it as a parameter; the platform resolves it from the authenticated token.
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

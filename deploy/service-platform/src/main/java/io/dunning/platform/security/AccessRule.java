package io.dunning.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One line of a service's role matrix: requests with {@code method} to paths matching {@code pattern} (Spring's
 * path patterns, e.g. {@code /cases/{caseId}/contacts}) may be made by a caller holding any of {@code roles}.
 */
public record AccessRule(HttpMethod method, String pattern, Set<Role> roles) {

    public AccessRule {
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a rule for " + method + " " + pattern + " names no role");
        }
    }

    public static AccessRule get(String pattern, Set<Role> roles) {
        return new AccessRule(HttpMethod.GET, pattern, roles);
    }

    public static AccessRule get(String pattern, Role first, Role... more) {
        return get(pattern, EnumSet.of(first, more));
    }

    public static AccessRule post(String pattern, Set<Role> roles) {
        return new AccessRule(HttpMethod.POST, pattern, roles);
    }

    public static AccessRule post(String pattern, Role first, Role... more) {
        return post(pattern, EnumSet.of(first, more));
    }

    public static AccessRule delete(String pattern, Role first, Role... more) {
        return new AccessRule(HttpMethod.DELETE, pattern, EnumSet.of(first, more));
    }

    String[] authorities() {
        return roles.stream().sorted().map(Role::authority).toArray(String[]::new);
    }
}

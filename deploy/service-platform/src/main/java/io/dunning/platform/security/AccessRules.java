package io.dunning.platform.security;

import java.util.List;

/**
 * A service's role matrix (docs/security.md), declared as one bean and applied in order by the platform's filter
 * chain: the first rule whose method and pattern match decides. Requests no rule matches need any valid token;
 * health, info, metrics scraping and the OpenAPI documents are open.
 */
@FunctionalInterface
public interface AccessRules {

    List<AccessRule> rules();

    static AccessRules of(AccessRule... rules) {
        List<AccessRule> list = List.of(rules);
        return () -> list;
    }
}

package io.dunning.notice.config;

import static io.dunning.platform.security.AccessRule.get;
import static io.dunning.platform.security.AccessRule.post;
import static io.dunning.platform.security.Role.AUDITOR;
import static io.dunning.platform.security.Role.SUPERVISOR;
import static io.dunning.platform.security.Role.SYSTEM;

import io.dunning.platform.security.AccessRules;
import io.dunning.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * notice-service's role matrix (docs/security.md): staff read letters and mailing lists; a supervisor (or a
 * scheduler, SYSTEM) closes a branch's mailing day; only a provider holding SYSTEM reports courier results.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfig {

    @Bean
    AccessRules noticeAccessRules() {
        return AccessRules.of(
                get("/letters", Role.STAFF),
                get("/letters/**", Role.STAFF),
                post("/mailing-lists", SUPERVISOR, SYSTEM),
                get("/mailing-lists", Role.STAFF),
                get("/mailing-lists/**", Role.STAFF),
                post("/courier/callbacks", SYSTEM),
                get("/dead-letters", SUPERVISOR, AUDITOR),
                get("/dead-letters/{group}", SUPERVISOR, AUDITOR),
                post("/dead-letters/{group}/retry", SUPERVISOR));
    }
}

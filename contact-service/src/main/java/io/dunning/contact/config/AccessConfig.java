package io.dunning.contact.config;

import static io.dunning.platform.security.AccessRule.get;
import static io.dunning.platform.security.Role.AUDITOR;
import static io.dunning.platform.security.Role.COLLECTOR;
import static io.dunning.platform.security.Role.RISK_APPROVER;
import static io.dunning.platform.security.Role.SUPERVISOR;

import io.dunning.platform.security.AccessRules;
import io.dunning.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * contact-service's role matrix (docs/security.md): staff read timelines; the worklist is the collectors' and their
 * supervisors'; the reports are for supervisors, risk approvers and auditors.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfig {

    @Bean
    AccessRules contactAccessRules() {
        return AccessRules.of(
                get("/cases/{caseId}/timeline", Role.STAFF),
                get("/cases/{caseId}/timeline/stream", Role.STAFF),
                get("/customers/{customerId}/timeline", Role.STAFF),
                get("/worklist", COLLECTOR, SUPERVISOR),
                get("/reports/**", SUPERVISOR, RISK_APPROVER, AUDITOR));
    }
}

package io.dunning.cases.config;

import static io.dunning.platform.security.AccessRule.delete;
import static io.dunning.platform.security.AccessRule.get;
import static io.dunning.platform.security.AccessRule.post;
import static io.dunning.platform.security.Role.AUDITOR;
import static io.dunning.platform.security.Role.COLLECTOR;
import static io.dunning.platform.security.Role.RISK_APPROVER;
import static io.dunning.platform.security.Role.SUPERVISOR;
import static io.dunning.platform.security.Role.SYSTEM;

import io.dunning.platform.security.AccessRules;
import io.dunning.platform.security.Role;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * case-service's role matrix (docs/security.md): collectors work cases, supervisors also decide on segments, risk,
 * relief, complaints and the legal track, risk approvers decide exemptions, auditors read; other services
 * (SYSTEM) read cases and ask for contact permission. Exemption approval is RISK_APPROVER's alone, and the
 * aggregate still refuses the requester (R2.2, four eyes).
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfig {

    private static final String CASE = "/cases/{caseId}";

    @Bean
    AccessRules caseAccessRules() {
        EnumSet<Role> readers = EnumSet.of(COLLECTOR, SUPERVISOR, RISK_APPROVER, AUDITOR, SYSTEM);
        return AccessRules.of(
                get("/cases", readers),
                get(CASE, readers),
                post(CASE + "/contacts", COLLECTOR, SUPERVISOR),
                post(CASE + "/promises", COLLECTOR, SUPERVISOR),
                post(CASE + "/plans", COLLECTOR, SUPERVISOR),
                post(CASE + "/risk-reviews", COLLECTOR, SUPERVISOR),
                post(CASE + "/arrears-reason", COLLECTOR, SUPERVISOR),
                post(CASE + "/follow-ups", COLLECTOR, SUPERVISOR),
                post(CASE + "/complaints", COLLECTOR, SUPERVISOR),
                post(CASE + "/segment", SUPERVISOR),
                post(CASE + "/risk-measures", SUPERVISOR),
                post(CASE + "/extensions", SUPERVISOR),
                post(CASE + "/penalty-waivers", SUPERVISOR),
                post(CASE + "/complaints/{complaintId}/handling", SUPERVISOR),
                post(CASE + "/complaints/{complaintId}/closing", SUPERVISOR),
                post(CASE + "/litigation", SUPERVISOR),
                post(CASE + "/exemption", SUPERVISOR),
                post(CASE + "/exemption/{exemptionId}/approval", RISK_APPROVER),
                post(CASE + "/exemption/{exemptionId}/rejection", RISK_APPROVER),
                post("/contact-permissions", COLLECTOR, SUPERVISOR, SYSTEM),
                get("/parties/{partyId}", readers),
                post("/parties/{partyId}/reveal", COLLECTOR, SUPERVISOR),
                delete("/parties/{partyId}", SUPERVISOR),
                get("/audit/personal-data-reveals", AUDITOR),
                get("/dead-letters", SUPERVISOR, AUDITOR),
                get("/dead-letters/{group}", SUPERVISOR, AUDITOR),
                post("/dead-letters/{group}/retry", SUPERVISOR));
    }
}

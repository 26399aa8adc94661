package io.dunning.cases.web;

import static io.dunning.deploy.infra.token.RoleMatrix.Endpoint.of;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.token.RoleMatrix;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * case-service's role matrix, exactly as docs/security.md states it: every endpoint as every role, without a token
 * and with expired, foreign, wrong-audience and tampered tokens.
 */
class CaseRoleMatrixIT extends CaseServiceIntegrationTest {

    static final String[] READERS = {"COLLECTOR", "SUPERVISOR", "RISK_APPROVER", "AUDITOR", "SYSTEM"};
    static final String[] WORKERS = {"COLLECTOR", "SUPERVISOR"};

    static final List<RoleMatrix.Endpoint> MATRIX = List.of(
            of("GET", "/cases?loanId=L-1", READERS),
            of("GET", "/cases/{caseId}", READERS),
            of("POST", "/cases/{caseId}/contacts", WORKERS),
            of("POST", "/cases/{caseId}/promises", WORKERS),
            of("POST", "/cases/{caseId}/plans", WORKERS),
            of("POST", "/cases/{caseId}/risk-reviews", WORKERS),
            of("POST", "/cases/{caseId}/arrears-reason", WORKERS),
            of("POST", "/cases/{caseId}/follow-ups", WORKERS),
            of("POST", "/cases/{caseId}/complaints", WORKERS),
            of("POST", "/cases/{caseId}/segment", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/risk-measures", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/extensions", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/penalty-waivers", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/complaints/{complaintId}/handling", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/complaints/{complaintId}/closing", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/litigation", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/exemption", "SUPERVISOR"),
            of("POST", "/cases/{caseId}/exemption/{exemptionId}/approval", "RISK_APPROVER"),
            of("POST", "/cases/{caseId}/exemption/{exemptionId}/rejection", "RISK_APPROVER"),
            of("POST", "/contact-permissions", "COLLECTOR", "SUPERVISOR", "SYSTEM"),
            of("GET", "/parties/{partyId}", READERS),
            of("POST", "/parties/{partyId}/reveal", WORKERS),
            of("DELETE", "/parties/{partyId}", "SUPERVISOR"),
            of("GET", "/audit/personal-data-reveals", "AUDITOR"));

    @LocalServerPort
    int port;

    static Stream<RoleMatrix.Probe> probes() {
        return RoleMatrix.probes(SharedTestInfrastructure.issuer(), MATRIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void theRoleMatrixHolds(RoleMatrix.Probe probe) {
        RoleMatrix.verify("http://127.0.0.1:" + port, probe);
    }
}

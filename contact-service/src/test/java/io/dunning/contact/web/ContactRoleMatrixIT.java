package io.dunning.contact.web;

import static io.dunning.deploy.infra.token.RoleMatrix.Endpoint.of;

import io.dunning.contact.support.ContactIntegrationTest;
import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.token.RoleMatrix;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** contact-service's role matrix, exactly as docs/security.md states it. */
class ContactRoleMatrixIT extends ContactIntegrationTest {

    static final String[] STAFF = {"COLLECTOR", "SUPERVISOR", "RISK_APPROVER", "AUDITOR"};
    static final String[] REPORT_READERS = {"SUPERVISOR", "RISK_APPROVER", "AUDITOR"};

    static final List<RoleMatrix.Endpoint> MATRIX = List.of(
            of("GET", "/cases/{caseId}/timeline", STAFF),
            of("GET", "/cases/{caseId}/timeline/stream?replay=false", STAFF),
            of("GET", "/customers/{customerId}/timeline", STAFF),
            of("GET", "/worklist?branchId=b-1", "COLLECTOR", "SUPERVISOR"),
            of("GET", "/reports/portfolio", REPORT_READERS),
            of("GET", "/reports/roll-rates", REPORT_READERS),
            of("GET", "/reports/cure-rate", REPORT_READERS),
            of("GET", "/reports/promise-kept-rate", REPORT_READERS),
            of("GET", "/reports/letters", REPORT_READERS));

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

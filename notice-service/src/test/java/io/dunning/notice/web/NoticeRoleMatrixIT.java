package io.dunning.notice.web;

import static io.dunning.deploy.infra.token.RoleMatrix.Endpoint.of;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.token.RoleMatrix;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** notice-service's role matrix, exactly as docs/security.md states it. */
class NoticeRoleMatrixIT extends NoticeServiceIntegrationTest {

    static final String[] STAFF = {"COLLECTOR", "SUPERVISOR", "RISK_APPROVER", "AUDITOR"};

    static final List<RoleMatrix.Endpoint> MATRIX = List.of(
            of("GET", "/letters?caseId=c-1", STAFF),
            of("GET", "/letters/{letterNumber}", STAFF),
            of("GET", "/letters/{letterNumber}/pdf", STAFF),
            of("GET", "/letters/{letterNumber}/archive", STAFF),
            of("POST", "/mailing-lists", "SUPERVISOR", "SYSTEM"),
            of("GET", "/mailing-lists", STAFF),
            of("GET", "/mailing-lists/{id}", STAFF),
            of("GET", "/mailing-lists/{id}.csv", STAFF),
            of("POST", "/courier/callbacks", "SYSTEM"));

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

package io.dunning.cases.web;

import static io.dunning.deploy.infra.token.RoleMatrix.Endpoint.of;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.hostile.HostileInputCheck;
import io.dunning.deploy.infra.hostile.HostileRequests;
import io.dunning.deploy.infra.token.RoleMatrix;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 6: jqwik-generated hostile requests to every endpoint of case-service's role matrix. */
class CaseHostileInputIT extends CaseServiceIntegrationTest {

    static final long SEED = 6_001L;
    static final int REQUESTS = 4_000;

    @LocalServerPort
    int port;

    @Test
    @DisplayName("4,000 hostile requests (wrong types, malformed JSON, 2-5 MB bodies, bad dates and numbers, SQL and "
            + "script strings, control chars, unknown fields, wrong content types, bad ids and queries, bad tokens, "
            + "wrong roles and methods) to all 27 endpoints: no 5xx, every 4xx problem+json")
    void hostileInputNeverBreaksTheService() {
        List<RoleMatrix.Endpoint> endpoints = Stream.concat(CaseRoleMatrixIT.MATRIX.stream(), Stream.of(
                of("GET", "/dead-letters", "SUPERVISOR", "AUDITOR"),
                of("GET", "/dead-letters/{group}", "SUPERVISOR", "AUDITOR"),
                of("POST", "/dead-letters/{group}/retry", "SUPERVISOR"))).toList();
        HostileInputCheck check = new HostileInputCheck("http://127.0.0.1:" + port);
        System.out.println("CaseHostileInputIT seed " + SEED + ", " + REQUESTS + " requests, "
                + endpoints.size() + " endpoints");
        try {
            check.sendAll(new HostileRequests(SharedTestInfrastructure.issuer(), endpoints).sample(SEED, REQUESTS));
        } finally {
            System.out.println("CaseHostileInputIT " + check.summary());
        }
    }
}

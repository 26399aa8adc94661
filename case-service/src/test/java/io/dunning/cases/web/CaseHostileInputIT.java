package io.dunning.cases.web;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.hostile.HostileInputCheck;
import io.dunning.deploy.infra.hostile.HostileRequests;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 6: jqwik-generated hostile requests to every endpoint of case-service's role matrix. */
class CaseHostileInputIT extends CaseServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("4,000 hostile requests (" + HostileRequests.KINDS + ") to all 27 endpoints of case-service: "
            + "no 5xx, every 4xx problem+json")
    void hostileInputNeverBreaksTheService() {
        HostileInputCheck.run("case-service", "http://127.0.0.1:" + port, SharedTestInfrastructure.issuer(),
                Stream.concat(CaseRoleMatrixIT.MATRIX.stream(),
                        HostileRequests.DEAD_LETTER_ENDPOINTS.stream()).toList(), 6_001L, 4_000);
    }
}

package io.dunning.notice.web;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.hostile.HostileInputCheck;
import io.dunning.deploy.infra.hostile.HostileRequests;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 6: jqwik-generated hostile requests to every endpoint of notice-service's role matrix. */
class NoticeHostileInputIT extends NoticeServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("3,000 hostile requests (" + HostileRequests.KINDS + ") to all 12 endpoints of notice-service: "
            + "no 5xx, every 4xx problem+json")
    void hostileInputNeverBreaksTheService() {
        HostileInputCheck.run("notice-service", "http://127.0.0.1:" + port, SharedTestInfrastructure.issuer(),
                Stream.concat(NoticeRoleMatrixIT.MATRIX.stream(),
                        HostileRequests.DEAD_LETTER_ENDPOINTS.stream()).toList(), 6_002L, 3_000);
    }
}

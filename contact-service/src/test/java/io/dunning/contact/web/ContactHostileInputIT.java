package io.dunning.contact.web;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.deploy.infra.hostile.HostileInputCheck;
import io.dunning.deploy.infra.hostile.HostileRequests;
import io.dunning.contact.support.ContactIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 6: jqwik-generated hostile requests to every endpoint of contact-service's role matrix. */
class ContactHostileInputIT extends ContactIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("3,000 hostile requests (" + HostileRequests.KINDS + ") to all 9 endpoints of contact-service: "
            + "no 5xx, every 4xx problem+json")
    void hostileInputNeverBreaksTheService() {
        HostileInputCheck.run("contact-service", "http://127.0.0.1:" + port, SharedTestInfrastructure.issuer(),
                ContactRoleMatrixIT.MATRIX, 6_003L, 3_000);
    }
}

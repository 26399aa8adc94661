package io.dunning.deploy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's fixed ports stay as the README says, and any set of ports is wired to itself. */
class ServiceSpecTest {

    @Test
    void theLauncherRunsTheSimulatorsFirstThenTheServicesOnTheDocumentedPorts() {
        assertThat(ServiceSpec.ALL).extracting(ServiceSpec::name)
                .containsExactly("simulators", "case-service", "notice-service", "contact-service");
        assertThat(ServiceSpec.ALL).extracting(ServiceSpec::port).containsExactly(8090, 8081, 8082, 8083);
        assertThat(ServiceSpec.SIMULATORS.extraArgs()).contains(
                "--dunning.simulators.courier.callback-url=http://localhost:8082/courier/callbacks",
                "--dunning.simulators.courier.delivery-delay=5000ms");
        assertThat(ServiceSpec.CASE_SERVICE.baseUrl()).isEqualTo("http://localhost:8081");
    }

    @Test
    void anySetOfPortsIsWiredToItself() {
        List<ServiceSpec> system = ServiceSpec.system(new ServiceSpec.Ports(1001, 1002, 1003, 1004),
                Duration.ofSeconds(1));
        assertThat(system.get(0).extraArgs()).contains(
                "--dunning.simulators.courier.callback-url=http://localhost:1002/courier/callbacks",
                "--dunning.simulators.courier.delivery-delay=1000ms");
        assertThat(system.get(2).extraArgs()).contains(
                "--dunning.notice.courier.base-url=http://localhost:1004",
                "--dunning.notice.sms.base-url=http://localhost:1004");
        assertThat(system).extracting(ServiceSpec::database)
                .containsExactly(null, "dunning_case", "dunning_notice", "dunning_contact");
        assertThat(system.get(1).withArgs("--a=b").extraArgs()).endsWith("--a=b");
    }

    @Test
    void theServicesTrustTheGivenIssuerAndTheCourierAndNoticeServiceAreItsClients() {
        List<ServiceSpec> system = ServiceSpec.system(new ServiceSpec.Ports(1001, 1002, 1003, 1004),
                Duration.ofSeconds(1), "http://127.0.0.1:1099");
        for (ServiceSpec service : system.subList(1, 4)) {
            assertThat(service.extraArgs()).as(service.name()).contains(
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1099",
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1099/jwks");
        }
        assertThat(system.get(0).extraArgs()).contains("--dunning.security.client.token-uri=http://127.0.0.1:1099/token",
                "--dunning.security.client.client-id=courier-simulator");
        assertThat(system.get(2).extraArgs()).contains("--dunning.security.client.client-id=notice-service");
        assertThat(ServiceSpec.CASE_SERVICE.extraArgs()).contains(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ServiceSpec.LOCAL_ISSUER);
    }
}

package io.dunning.deploy;

import io.dunning.deploy.infra.LocalInfrastructure;
import io.dunning.deploy.infra.LocalKafka;
import io.dunning.deploy.infra.LocalPostgres;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.infra.token.RoleMatrix;
import io.dunning.deploy.service.ServiceSpec;
import io.dunning.events.Topics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** What the launcher prints once everything is up: where things are and what to try. */
final class StartupGuide {

    private StartupGuide() {
    }

    static void print(PrintStream out, LocalInfrastructure infra, DevTokenIssuer issuer,
                      Map<ServiceSpec, String> serviceStates, Path logs, Duration startup) {
        LocalPostgres postgres = infra.postgres();
        LocalKafka kafka = infra.kafka();
        out.printf("""

                ==== Dunning local is up (%.1f s) ====
                PostgreSQL  jdbc:postgresql://localhost:%d/{dunning_case,dunning_notice,dunning_contact}
                            user postgres, no password; data kept in .dunning/postgres (--fresh wipes it)
                Kafka       %s  topics %s (%d partitions each)
                """, startup.toMillis() / 1000.0, postgres.port(), kafka.bootstrapServers(),
                String.join(", ", LocalKafka.TOPICS), LocalKafka.PARTITIONS);
        serviceStates.forEach((spec, state) ->
                out.printf("%-15s %s  %s%n", spec.name(), spec.baseUrl(), state));
        out.printf("Logs        %1$s/<service>.log, e.g. tail -f %1$s/notice-service.log (--verbose prints them here)%n",
                logs);
        printTokens(out, issuer);
        out.printf("""

                Try (case-service):
                  Swagger UI     %1$s/swagger-ui.html    OpenAPI %1$s/v3/api-docs
                  curl -s -H "Authorization: Bearer $SUPERVISOR" '%1$s/cases?loanId=LN-1001'
                  curl -s -H "Authorization: Bearer $SUPERVISOR" %1$s/cases/<caseId>
                  curl -s %1$s/actuator/health
                  curl -s %1$s/actuator/prometheus | grep dunning_
                Produce a core-banking record (CloudEvents headers and key are set for you):
                  java -jar deploy/target/dunning-local.jar send LoanDelinquencyReported.v1 \\
                      common-events/src/test/resources/examples/LoanDelinquencyReported.v1.json
                Watch the case events (key = loan id):
                  java -jar deploy/target/dunning-local.jar watch %2$s
                Ctrl-C stops the services, then the simulators, Kafka and PostgreSQL.

                Then (notice-service, contact-service):
                  curl -s -H "Authorization: Bearer $SUPERVISOR" 'http://localhost:8082/letters?caseId=<caseId>'
                  curl -s -H "Authorization: Bearer $SUPERVISOR" http://localhost:8082/letters/<letterNumber>/pdf -o letter.pdf
                  curl -s -H "Authorization: Bearer $SUPERVISOR" http://localhost:8083/cases/<caseId>/timeline
                  curl -s -H "Authorization: Bearer $COLLECTOR" http://localhost:8083/worklist
                  curl -s -H "Authorization: Bearer $AUDITOR" http://localhost:8083/reports/portfolio
                  curl -s http://localhost:8090/courier/shipments     (what the courier simulator received)

                """, ServiceSpec.CASE_SERVICE.baseUrl(), Topics.CASE_EVENTS);
    }

    /** DEV ONLY: one ready-made token per role (valid 12 h) as shell assignments, and how to get others. */
    private static void printTokens(PrintStream out, DevTokenIssuer issuer) {
        out.printf("%nDev token issuer %s (DEV ONLY, docs/security.md). Paste into your shell:%n", issuer.issuerUri());
        for (String role : RoleMatrix.ROLES) {
            String subject = role.toLowerCase(Locale.ROOT).replace('_', '-') + "-dev";
            out.printf("  export %s=%s%n", role, issuer.token(subject, role));
        }
        out.printf("  (another user or roles: curl -s '%s/dev/token?sub=alice&roles=COLLECTOR,SUPERVISOR')%n",
                issuer.issuerUri());
    }
}

package io.dunning.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** case-service: the only place that decides anything about a collection case. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseServiceApplication {

    public static void main(String[] args) {
        // a bank's collections system does not call home: Axon's update checker stays off unless asked for
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(CaseServiceApplication.class, args);
    }
}

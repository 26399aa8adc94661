package io.dunning.notice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * notice-service: turns a case's decision to notify into numbered, rendered, archived letters (DESIGN.md 1) and
 * publishes what happened to them on {@code dunning.notice-events.v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NoticeServiceApplication {

    public static void main(String[] args) {
        // a bank's collections system does not call home: Axon's update checker stays off unless asked for
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(NoticeServiceApplication.class, args);
    }
}

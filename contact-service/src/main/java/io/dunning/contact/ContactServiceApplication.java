package io.dunning.contact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * contact-service: projects case and notice events into contact timelines, the collectors' worklist and reporting
 * read models, and serves them over REST and SSE. It owns no decisions.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContactServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContactServiceApplication.class, args);
    }
}

package io.dunning.platform.security;

import static io.dunning.platform.security.AccessRule.get;
import static io.dunning.platform.security.AccessRule.post;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A service in miniature for the platform's tests: two ruled endpoints and two that only need a token. No database
 * (JDBC is on the test classpath for {@code PollTransactionsTest}).
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
public class SecuredApplication {

    @Bean
    AccessRules rules() {
        return AccessRules.of(get("/things", Role.COLLECTOR, Role.SUPERVISOR), post("/things", Role.SUPERVISOR));
    }

    @RestController
    static class Things {

        @GetMapping("/things")
        List<String> things() {
            return List.of("a thing");
        }

        @PostMapping("/things")
        String add() {
            return "added";
        }

        /** Answers after a short pause, so a request pipelined behind it arrives while it is still in flight. */
        @GetMapping("/slow")
        Mono<String> slow() {
            return Mono.delay(Duration.ofMillis(200)).thenReturn("slow");
        }

        @GetMapping("/me")
        Caller me(Caller caller) {
            return caller;
        }
    }
}

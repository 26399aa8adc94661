package io.dunning.simulators;

import io.dunning.platform.security.ServiceTokens;
import io.dunning.simulators.courier.CourierSimulator;
import io.dunning.simulators.sms.SmsSimulator;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The courier and SMS simulators as one Boot application (port 8090 unless {@code server.port} says otherwise),
 * started by the local launcher. Settings: {@code dunning.simulators.*} ({@link SimulatorSettings}); the courier's
 * OAuth2 client for its callbacks to notice-service: {@code dunning.security.client.*}.
 */
@SpringBootApplication
@EnableConfigurationProperties(SimulatorSettings.class)
public class SimulatorsApplication {

    public static final int DEFAULT_PORT = 8090;

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SimulatorsApplication.class);
        app.setDefaultProperties(Map.of("server.port", DEFAULT_PORT));
        app.run(args);
    }

    @Bean
    Faults faults() {
        return new Faults();
    }

    /** The courier's callbacks carry a SYSTEM token when a client is configured (dunning.security.client.*). */
    @Bean
    CourierSimulator courierSimulator(SimulatorSettings settings, Faults faults, WebClient.Builder web,
                                      ObjectProvider<ServiceTokens> tokens) {
        ServiceTokens client = tokens.getIfAvailable();
        return new CourierSimulator(settings.courier(), faults, Clock.systemUTC(),
                client == null ? web : web.filter(client.filter()));
    }

    @Bean
    SmsSimulator smsSimulator(SimulatorSettings settings, Faults faults) {
        return new SmsSimulator(settings.sms(), faults, Clock.systemUTC());
    }

    @Bean
    RouterFunction<ServerResponse> simulatorRoutes(Faults faults, CourierSimulator courier, SmsSimulator sms) {
        return SimulatorServer.routes(faults, courier, sms);
    }
}

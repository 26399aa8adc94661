package io.dunning.simulators;

import io.dunning.simulators.courier.CourierSimulator;
import io.dunning.simulators.sms.SmsSimulator;
import java.time.Duration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Switches for tests and demos: POST /sim/faults/{courier|sms} {status, delayMs, afterWork, count},
 * DELETE /sim/faults, POST /sim/courier/outcomes {letterNumber, outcome}, POST /sim/reset.
 */
public record SimulatorControl(Faults faults, CourierSimulator courier, SmsSimulator sms) {

    record FaultBody(int status, long delayMs, boolean afterWork, int count) {
    }

    record OutcomeBody(String letterNumber, String outcome) {
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/sim/faults/{target}", req -> req.bodyToMono(FaultBody.class).flatMap(f -> {
                    faults.inject(req.pathVariable("target"),
                            new Faults.Fault(f.status(), Duration.ofMillis(f.delayMs()), f.afterWork()), f.count());
                    return ServerResponse.noContent().build();
                }))
                .DELETE("/sim/faults", req -> {
                    faults.clear();
                    return ServerResponse.noContent().build();
                })
                .POST("/sim/courier/outcomes", req -> req.bodyToMono(OutcomeBody.class).flatMap(o -> {
                    courier.force(o.letterNumber(), o.outcome());
                    return ServerResponse.noContent().build();
                }))
                .POST("/sim/reset", req -> {
                    faults.clear();
                    courier.reset();
                    sms.reset();
                    return ServerResponse.noContent().build();
                })
                .build();
    }
}

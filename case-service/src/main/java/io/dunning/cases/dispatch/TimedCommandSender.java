package io.dunning.cases.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command synchronously on the caller's thread (so Axon's unit of work joins the caller's Spring
 * transaction) and times it: {@code dunning_command_latency_seconds{command,outcome}}.
 */
@Component
public class TimedCommandSender {

    private final CommandGateway commandGateway;
    private final MeterRegistry meterRegistry;

    TimedCommandSender(CommandGateway commandGateway, MeterRegistry meterRegistry) {
        this.commandGateway = commandGateway;
        this.meterRegistry = meterRegistry;
    }

    public <R> R sendAndWait(Object command) {
        Timer.Sample sample = Timer.start(meterRegistry);
        String outcome = "failure";
        try {
            R result = commandGateway.sendAndWait(command);
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder("dunning.command.latency")
                    .description("Time to handle a command, events appended")
                    .tag("command", command.getClass().getSimpleName())
                    .tag("outcome", outcome)
                    .register(meterRegistry));
        }
    }
}

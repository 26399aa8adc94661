package io.dunning.simulators;

import io.dunning.simulators.courier.CourierSimulator;
import io.dunning.simulators.sms.SmsSimulator;
import java.time.Clock;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The simulators as a plain reactor-netty server on loopback, without a Spring context: what tests of other
 * modules start (port 0 = a free port). The Boot application serves the same routes.
 */
public final class SimulatorServer implements AutoCloseable {

    private final Faults faults = new Faults();
    private final CourierSimulator courier;
    private final SmsSimulator sms;
    private final DisposableServer server;

    private SimulatorServer(int port, SimulatorSettings settings) {
        Clock clock = Clock.systemUTC();
        this.courier = new CourierSimulator(settings.courier(), faults, clock, WebClient.builder());
        this.sms = new SmsSimulator(settings.sms(), faults, clock);
        this.server = HttpServer.create().host("127.0.0.1").port(port)
                .handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(routes(faults, courier, sms))))
                .bindNow();
    }

    public static SimulatorServer start(int port, SimulatorSettings settings) {
        return new SimulatorServer(port, settings);
    }

    static RouterFunction<ServerResponse> routes(Faults faults, CourierSimulator courier, SmsSimulator sms) {
        return courier.routes().and(sms.routes()).and(new SimulatorControl(faults, courier, sms).routes());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public Faults faults() {
        return faults;
    }

    public CourierSimulator courier() {
        return courier;
    }

    public SmsSimulator sms() {
        return sms;
    }

    public void reset() {
        faults.clear();
        courier.reset();
        sms.reset();
    }

    @Override
    public void close() {
        courier.reset();
        server.disposeNow();
    }
}

package io.dunning.notice.courier.web;

import io.dunning.notice.courier.DeliveryTracking;
import java.net.URI;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** The real callback controller served over HTTP on loopback, with no database or broker behind it. */
final class CallbackReceiver implements AutoCloseable {

    @Configuration(proxyBeanMethods = false)
    @EnableWebFlux
    static class Web {
    }

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final DisposableServer server;

    CallbackReceiver(DeliveryTracking tracking) {
        context.registerBean(DeliveryTracking.class, () -> tracking);
        context.register(Web.class, CourierCallbackController.class);
        context.refresh();
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle(new ReactorHttpHandlerAdapter(WebHttpHandlerBuilder.applicationContext(context).build()))
                .bindNow();
    }

    URI callbackUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/courier/callbacks");
    }

    @Override
    public void close() {
        server.disposeNow();
        context.close();
    }
}

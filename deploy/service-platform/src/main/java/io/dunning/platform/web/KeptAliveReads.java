package io.dunning.platform.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.TimeUnit;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Keeps a kept-alive HTTP/1.1 connection reading. Reactor Netty 1.2.x (the line Spring Boot 3.5 manages) reads a
 * connection on demand; when a request arrived while the previous answer was still in flight and was then answered
 * synchronously (a 401 or 403 from the security filter is), it may never ask for the next read, and the client's next
 * request on that connection is never answered (reactor/reactor-netty#4361, fixed in 1.3). This handler, between the
 * HTTP codec and Reactor Netty's traffic handler, asks for one more read shortly after every answer has been written:
 * a read asked for while one is already armed, or while requests are queued, changes nothing.
 */
@ChannelHandler.Sharable
public final class KeptAliveReads extends ChannelOutboundHandlerAdapter {

    /** The handler's name in the channel pipeline. */
    public static final String NAME = "dunning.keptAliveReads";

    private static final long DELAY_MILLIS = 20;
    private static final KeptAliveReads INSTANCE = new KeptAliveReads();

    private KeptAliveReads() {
    }

    /** {@code server} with the handler on every HTTP/1.1 connection it accepts. */
    public static HttpServer install(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null
                    && channel.pipeline().get(NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, NAME, INSTANCE);
            }
        });
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        ctx.write(msg, promise);
        if (msg instanceof LastHttpContent) {
            ctx.executor().schedule(() -> readIfIdle(ctx), DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private static void readIfIdle(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive() && !ctx.channel().config().isAutoRead()) {
            ctx.read();
        }
    }
}

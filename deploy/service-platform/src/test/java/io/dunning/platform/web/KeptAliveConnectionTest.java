package io.dunning.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import io.dunning.platform.security.SecuredApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A kept-alive connection must answer its next request even when the one before it arrived while an earlier answer
 * was still in flight and was refused at once (a 401 completes synchronously). Reactor Netty 1.2.x then stops reading
 * the connection (reactor/reactor-netty#4361, fixed in 1.3); {@link KeptAliveReads} arms the read again. Without it
 * the third request below is never answered: the flake seen in the role-matrix tests.
 */
@SpringBootTest(classes = SecuredApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptAliveConnectionTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        SharedTestInfrastructure.securityProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @RepeatedTest(3)
    void theConnectionAnswersAfterAPipelinedRefusal() throws IOException {
        String token = SharedTestInfrastructure.issuer().token("alice", "AUDITOR");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // the refusal is pipelined behind a slow answer, so it waits in the server's queue
            out.write((request("/slow", token) + request("/things", null)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            assertThat(readResponse(in)).startsWith("HTTP/1.1 401");

            out.write(request("/things", null).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String third;
            try {
                third = readResponse(in);
            } catch (SocketTimeoutException e) {
                third = "no answer in 5 s";
            }
            assertThat(third).startsWith("HTTP/1.1 401");
        }
    }

    private static String request(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
    }

    /** One response: the head up to the blank line, then Content-Length bytes of body (the services send it). */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return "closed: " + head.toString(StandardCharsets.US_ASCII);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = text.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
        in.readNBytes(length);
        return text;
    }
}

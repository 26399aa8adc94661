package io.dunning.deploy.infra.token;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/** For the services' tests: bearer tokens from {@link SharedTestInfrastructure#issuer()} on their HTTP requests. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A request's headers with a fresh token for {@code subject} holding {@code roles}. */
    public static Consumer<HttpHeaders> as(String subject, String... roles) {
        return headers -> headers.setBearerAuth(SharedTestInfrastructure.issuer().token(subject, roles));
    }

    /** A client filter giving every request that has no {@code Authorization} of its own this caller's token. */
    public static ExchangeFilterFunction byDefault(String subject, String... roles) {
        return (request, next) -> next.exchange(request.headers().containsKey(HttpHeaders.AUTHORIZATION) ? request
                : ClientRequest.from(request).headers(as(subject, roles)).build());
    }
}

package io.dunning.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * This service's bearer token for calls to the other services: an OAuth2 client-credentials token (RFC 6749 4.4)
 * from the configured token endpoint, kept until {@code refreshBefore} its expiry and fetched again after that or
 * after a 401. Use {@link #filter()} on a WebClient. Two calls racing at expiry may both fetch; either token is good.
 */
public final class ServiceTokens {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;
    private final ServiceClientProperties client;
    private final Clock clock;
    private volatile Token current;

    public ServiceTokens(WebClient http, ServiceClientProperties client, Clock clock) {
        if (client.tokenUri() == null || client.clientId() == null || client.clientSecret() == null) {
            throw new IllegalArgumentException("dunning.security.client needs token-uri, client-id and client-secret");
        }
        this.http = http;
        this.client = client;
        this.clock = clock;
    }

    private record Token(String value, Instant refreshAt) {
    }

    /** A valid access token: the cached one, or a new one. */
    public Mono<String> token() {
        Token held = current;
        if (held != null && clock.instant().isBefore(held.refreshAt())) {
            return Mono.just(held.value());
        }
        return fetch().doOnNext(fresh -> current = fresh).map(Token::value);
    }

    /** Adds {@code Authorization: Bearer <token>} to every request; a 401 answer drops the cached token. */
    public ExchangeFilterFunction filter() {
        return (request, next) -> token()
                .flatMap(token -> next.exchange(ClientRequest.from(request)
                        .headers(headers -> headers.setBearerAuth(token)).build()))
                .doOnNext(response -> {
                    if (response.statusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
                        current = null;
                    }
                });
    }

    private Mono<Token> fetch() {
        Instant asked = clock.instant();
        return http.post().uri(client.tokenUri())
                .headers(headers -> headers.setBasicAuth(client.clientId(), client.clientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials"))
                .retrieve()
                .bodyToMono(JSON)
                .map(body -> {
                    Object token = body.get("access_token");
                    if (!(token instanceof String value) || value.isBlank()) {
                        throw new IllegalStateException("the token endpoint " + client.tokenUri()
                                + " answered without an access_token");
                    }
                    long expiresIn = body.get("expires_in") instanceof Number n ? n.longValue() : 0;
                    return new Token(value, asked.plusSeconds(expiresIn).minus(client.refreshBefore()));
                });
    }
}

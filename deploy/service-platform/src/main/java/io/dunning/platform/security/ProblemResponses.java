package io.dunning.platform.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 (no token, or one that is not valid here) and 403 (a valid token without a role the endpoint allows) as
 * RFC 9457 problem+json, like every other error of the services, with RFC 6750's {@code WWW-Authenticate}; so is
 * the 400 of a request the firewall rejects before any of that.
 */
final class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean badToken = e instanceof OAuth2AuthenticationException;
        String detail = badToken ? "the bearer token is not valid here: " + description((OAuth2AuthenticationException) e)
                : "a bearer token is required (Authorization: Bearer <token>)";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                "none of the caller's roles may " + exchange.getRequest().getMethod() + " "
                        + exchange.getRequest().getPath().value() + " (docs/security.md)");
    }

    /** The firewall refused the request outright (encoded slashes, {@code ..}, {@code %25}, TRACE, ...): 400. */
    Mono<Void> rejected(ServerWebExchange exchange, ServerExchangeRejectedException e) {
        return write(exchange, HttpStatus.BAD_REQUEST, "rejected-request", e.getMessage());
    }

    private static String description(OAuth2AuthenticationException e) {
        String description = e.getError().getDescription();
        return description == null ? e.getError().getErrorCode() : description;
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = json.writeValueAsBytes(problem);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (JsonProcessingException impossible) {
            return Mono.error(impossible);
        }
    }
}

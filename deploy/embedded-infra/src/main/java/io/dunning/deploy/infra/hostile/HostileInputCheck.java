package io.dunning.deploy.infra.hostile;

import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.infra.token.RoleMatrix;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Sends hostile requests to a running service over real HTTP and holds every answer to the house rule: never a 5xx,
 * every 4xx an {@code application/problem+json} body with its {@code status} and a {@code title}, a 400 that says
 * {@code invalid-request} names the {@code field}. Counts the answers per status and per kind of hostility.
 */
public final class HostileInputCheck {

    /** An event stream that lets the caller in sends nothing until its first event: a timeout there is "open". */
    public static final int STREAM_OPEN = 0;
    private static final int PARALLEL = 8;
    /** Far beyond any answer here; one not in by then is sent again on a fresh connection (and counted). */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(8);
    /**
     * Reactor Netty's HTTP codec answers a request line longer than this (4 KB) with a bare 414 before any of the
     * service's code runs; the one answer without a problem body, and only for such a line.
     */
    private static final int NETTY_LINE_LIMIT = 4_000;
    private static final Duration STREAM_WAIT = Duration.ofSeconds(1);

    private final HttpClient http = client();
    /** Huge bodies on their own connections: the server answers 413 and closes while the client still uploads. */
    private final HttpClient hugeBodies = client();
    private final LongAdder staleConnections = new LongAdder();
    private final String baseUrl;
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    /** Failures by kind, status and reason: how many, and the first example. */
    private final Map<String, LongAdder> failureKinds = new ConcurrentHashMap<>();

    public HostileInputCheck(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * {@code count} requests from {@code seed} to {@code endpoints} of the service at {@code baseUrl}, tokens from
     * {@code issuer}; prints the seed and the counts, throws {@link AssertionError} on any answer that breaks the rule.
     */
    public static void run(String service, String baseUrl, DevTokenIssuer issuer, List<RoleMatrix.Endpoint> endpoints,
            long seed, int count) {
        HostileInputCheck check = new HostileInputCheck(baseUrl);
        System.out.println(service + " hostile input: seed " + seed + ", " + count + " requests, " + endpoints.size()
                + " endpoints");
        try {
            check.sendAll(new HostileRequests(issuer, endpoints).sample(seed, count));
        } finally {
            System.out.println(service + " hostile input: " + check.summary());
        }
    }

    /** Sends them all ({@value #PARALLEL} at a time); throws {@link AssertionError} naming the first bad answers. */
    public void sendAll(List<HostileRequest> requests) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            requests.forEach(request -> pool.execute(() -> send(request)));
        } finally {
            pool.shutdown();
        }
        try {
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new AssertionError("hostile requests still running after 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (!failures.isEmpty()) {
            Map<String, Long> kinds = new TreeMap<>();
            failureKinds.forEach((kind, count) -> kinds.put(kind, count.sum()));
            long broken = kinds.values().stream().mapToLong(Long::longValue).sum();
            throw new AssertionError(broken + " of " + requests.size() + " answers broke the rule " + kinds + ", "
                    + summary() + "; one of each:\n" + String.join("\n", failures));
        }
    }

    /**
     * Answers per status ({@value #STREAM_OPEN}: an event stream left open), requests per kind, and how many had to
     * be sent again on a new connection because a kept-alive one gave no answer.
     */
    public String summary() {
        Map<Integer, Long> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
        Map<String, Long> kinds = new TreeMap<>();
        byKind.forEach((kind, count) -> kinds.put(kind, count.sum()));
        return "statuses " + statuses + ", kinds " + kinds + ", answered only on a fresh connection "
                + staleConnections.sum();
    }

    private void send(HostileRequest hostile) {
        byKind.computeIfAbsent(hostile.kind().name(), k -> new LongAdder()).increment();
        try {
            check(hostile, exchange(hostile.kind() == HostileRequest.Kind.HUGE_BODY ? hugeBodies : http, hostile));
        } catch (HttpTimeoutException e) {
            if (hostile.path().contains("/stream")) {
                count(STREAM_OPEN);
                return;
            }
            // seen under load: a kept-alive connection that no longer answers while a new one answers at once
            staleConnections.increment();
            try {
                check(hostile, exchange(client(), hostile));
            } catch (IOException | InterruptedException again) {
                fail(hostile, "no answer in time, not even on a fresh connection: " + again);
            }
        } catch (IOException | IllegalArgumentException e) {
            fail(hostile, e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> exchange(HttpClient client, HostileRequest hostile)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + hostile.path()))
                .timeout(hostile.path().contains("/stream") ? STREAM_WAIT : ANSWER_WAIT)
                .method(hostile.method(), HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        if (hostile.authorization() != null) {
            request.header("Authorization", hostile.authorization());
        }
        // read to the end (an answer left half read spoils its connection for the next request)
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void check(HostileRequest hostile, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        count(status);
        String type = response.headers().firstValue("Content-Type").orElse("");
        String problem = new String(response.body(), StandardCharsets.UTF_8);
        String broken = status == 414 && hostile.path().length() > NETTY_LINE_LIMIT ? null
                : broken(status, type, problem);
        if (broken != null) {
            fail(hostile, status + " " + type + ": " + broken + " " + problem.substring(0, Math.min(problem.length(),
                    500)));
        }
    }

    private void fail(HostileRequest hostile, String why) {
        String reason = why.contains(":") ? why.substring(0, why.indexOf(':')) : why;
        if (failed(hostile.kind() + " " + reason)) {
            failures.add(hostile + "\n    -> " + why);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Counts a failure; true for the first of its kind (the one to show). */
    private boolean failed(String kind) {
        LongAdder count = failureKinds.computeIfAbsent(kind, k -> new LongAdder());
        count.increment();
        return count.sum() == 1;
    }

    private void count(int status) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** Why the answer breaks the rule, or null. */
    static String broken(int status, String type, String body) {
        if (status >= 500) {
            return "a server error";
        }
        if (status < 200 || (status >= 300 && status < 400)) {
            return "neither success nor a client error";
        }
        if (status < 400) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (!Pattern.compile("\"status\"\\s*:\\s*" + status + "\\b").matcher(body).find()
                || !Pattern.compile("\"title\"\\s*:\\s*\"[^\"]+\"").matcher(body).find()) {
            return "no status or title";
        }
        if (status == 400 && body.contains("/problems/invalid-request")
                && !Pattern.compile("\"field\"\\s*:\\s*\"[^\"]+\"").matcher(body).find()) {
            return "an invalid request that names no field";
        }
        return null;
    }
}

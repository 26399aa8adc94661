package io.dunning.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator for contact-service's {@code GET /cases/{caseId}/timeline}: requests are sent on a
 * fixed schedule ({@link Pacing}), whatever the answers, over cases drawn uniformly at random, and every latency is
 * measured from the request's scheduled send time, so a slow answer cannot hide the requests it would have held
 * back (no coordinated omission). JDK HttpClient, HTTP/1.1 with pooled connections; at most
 * {@value #MAX_IN_FLIGHT} requests in flight, after which sends wait (and their latency grows from the schedule).
 */
final class QueryLoad implements AutoCloseable {

    static final int MAX_IN_FLIGHT = 256;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final ExecutorService callbacks = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "bench-query-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(callbacks).build();
    private final String baseUrl;
    private final String token;
    private final List<String> caseIds;
    private final Random random = new Random(20260707L);

    QueryLoad(String baseUrl, String token, List<String> caseIds) {
        if (caseIds.isEmpty()) {
            throw new IllegalArgumentException("no cases to query");
        }
        this.baseUrl = baseUrl;
        this.token = token;
        this.caseIds = caseIds;
    }

    QueryResult run(String phase, double rate, int seconds) throws InterruptedException {
        Pacing pacing = new Pacing(rate);
        int total = (int) pacing.eventsIn(seconds);
        long[] latencies = new long[total];
        AtomicLong answered = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + pacing.dueNanos(i);
            for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            slots.acquire();
            http.sendAsync(request(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - scheduled;
                if (failure != null) {
                    errors.incrementAndGet();
                } else {
                    if (response.statusCode() / 100 != 2) {
                        non2xx.incrementAndGet();
                    }
                    synchronized (latencies) {
                        latencies[(int) answered.getAndIncrement()] = latency;
                    }
                }
                slots.release();
            });
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        boolean drained = slots.tryAcquire(MAX_IN_FLIGHT, REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        long[] measured;
        synchronized (latencies) {
            measured = java.util.Arrays.copyOf(latencies, (int) answered.get());
        }
        long unanswered = drained ? 0 : total - measured.length - errors.get();
        return QueryResult.of(phase, rate, seconds, caseIds.size(), total, sendSeconds, non2xx.get(),
                errors.get() + unanswered, measured);
    }

    private HttpRequest request() {
        String caseId = caseIds.get(random.nextInt(caseIds.size()));
        return HttpRequest.newBuilder(URI.create(baseUrl + "/cases/" + caseId + "/timeline"))
                .header("Authorization", "Bearer " + token).timeout(REQUEST_TIMEOUT).GET().build();
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
    }
}

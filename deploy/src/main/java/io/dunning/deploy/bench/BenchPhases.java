package io.dunning.deploy.bench;

import io.dunning.deploy.feed.CoreBankingProducer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a run does after the full-rate ingest has caught up end to end: the timeline-query load on its own, then
 * (with {@code --half-rate}) a second ingest at half the measured throughput while the query load runs again.
 */
final class BenchPhases implements AutoCloseable {

    private static final String LAG = "dunning_contact_projection_lag_seconds";

    /** Where the run's pipeline is: Kafka, the case and notice databases (stages), contact-service. */
    record Pipeline(String kafka, Admin admin, Connection caseDb, Connection noticeDb, Connection contactDb,
                    String contactUrl, String token, Callable<String> scrapeContact) {
    }

    private final BenchOptions options;
    private final Pipeline pipeline;
    private final Consumer<String> say;
    private QueryLoad load;

    BenchPhases(BenchOptions options, Pipeline pipeline, Consumer<String> say) {
        this.options = options;
        this.pipeline = pipeline;
        this.say = say;
    }

    /** The query load alone, on an idle pipeline; null without query load. */
    QueryResult queryAfterIngest() throws Exception {
        if (!options.queries()) {
            return null;
        }
        if (options.queryWarmUpSeconds() > 0) {
            say.accept(String.format("timeline query warm-up (not measured): %.0f req/s for %d s",
                    options.queryRate(), options.queryWarmUpSeconds()));
            say.accept("timeline query warm-up: " + load().run("warm-up", options.queryRate(),
                    options.queryWarmUpSeconds()).summary());
        }
        say.accept(String.format("timeline queries: %.0f req/s for %d s, no ingest running", options.queryRate(),
                options.querySeconds()));
        QueryResult result = load().run("after ingest", options.queryRate(), options.querySeconds());
        say.accept("timeline queries after ingest: " + result.summary());
        return result;
    }

    /** Null without {@code --half-rate}. */
    HalfRateResult halfRate(Iterator<ProducerRecord<String, String>> portfolio, double fullRate) throws Exception {
        if (!options.halfRate()) {
            return null;
        }
        double rate = fullRate / 2;
        long count = new Pacing(rate).eventsIn(options.querySeconds());
        say.accept(String.format("half-rate phase: %,d more records at %.1f records/s while %.0f req/s of timeline"
                + " queries run for %d s", count, rate, options.queryRate(), options.querySeconds()));
        List<Prometheus.Sample> before = Prometheus.parse(pipeline.scrapeContact().call());
        long start = System.nanoTime();
        long sent;
        QueryResult query;
        AtomicLong producedAt = new AtomicLong();
        ExecutorService feed = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-half-rate-feed"));
        try (CoreBankingProducer producer = new CoreBankingProducer(pipeline.kafka())) {
            Future<Long> produced = feed.submit(() -> {
                long n = PacedFeed.produce(producer, portfolio, count, rate, done -> say.accept(String.format(
                        "half rate: produced %,d of %,d", done, count)));
                producedAt.set(System.nanoTime());
                return n;
            });
            query = load().run("under half-rate ingest", options.queryRate(), options.querySeconds());
            sent = produced.get();
        } finally {
            feed.shutdownNow();
        }
        double produceSeconds = (producedAt.get() - start) / 1e9;
        OptionalLong caughtUp = BenchStages.awaitCaughtUp(pipeline.admin(), pipeline.caseDb(), pipeline.noticeDb(),
                System.nanoTime() + options.timeLimit().toNanos(), stages -> say.accept("half rate: " + stages));
        double catchUp = (caughtUp.orElse(System.nanoTime()) - start) / 1e9;
        List<Prometheus.Sample> after = Prometheus.parse(pipeline.scrapeContact().call());
        HalfRateResult result = new HalfRateResult(fullRate, rate, sent, produceSeconds, caughtUp.isPresent(),
                catchUp, Math.round(Prometheus.sum(after, LAG + "_count", l -> true)
                - Prometheus.sum(before, LAG + "_count", l -> true)),
                Prometheus.quantileBetween(before, after, LAG, 0.50) * 1000,
                Prometheus.quantileBetween(before, after, LAG, 0.99) * 1000, query);
        say.accept(String.format("half rate %s in %.1f s: lag p50 %s / p99 %s ms; queries %s",
                caughtUp.isPresent() ? "caught up" : "NOT caught up", catchUp, BenchReport.num(result.lagP50Ms(), 0),
                BenchReport.num(result.lagP99Ms(), 0), query.summary()));
        return result;
    }

    private QueryLoad load() throws SQLException {
        if (load == null) {
            load = new QueryLoad(pipeline.contactUrl(), pipeline.token(), caseIds(pipeline.contactDb()));
        }
        return load;
    }

    private static List<String> caseIds(Connection contactDb) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = contactDb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT case_id FROM contact_case ORDER BY case_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    @Override
    public void close() {
        if (load != null) {
            load.close();
        }
    }
}

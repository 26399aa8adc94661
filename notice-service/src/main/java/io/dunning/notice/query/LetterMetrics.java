package io.dunning.notice.query;

import io.dunning.events.cases.LetterType;
import io.dunning.notice.letter.LetterState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gauge {@code dunning.letters} by {@code type} and {@code state}, counted in the archive, and gauge {@code
 * dunning.letter.numbers.unissued}: numbers reserved with their dispatch claim (docs/adr/0016) over a minute ago, in
 * the last 7 days, whose letter is not in the archive: a case event that keeps failing, or one given up to the DLT,
 * whose letter ops must issue by redelivering it. The queries refresh all gauges at most every ten seconds, however
 * often they are scraped.
 */
@Component
class LetterMetrics implements MeterBinder {

    private static final long REFRESH_NANOS = 10_000_000_000L;

    private final JdbcTemplate jdbc;
    private Map<String, Long> counts = Map.of();
    private long unissued;
    private long refreshedAt = System.nanoTime() - REFRESH_NANOS;

    LetterMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (LetterType type : LetterType.values()) {
            for (LetterState state : LetterState.values()) {
                Gauge.builder("dunning.letters", this, m -> m.count(type.name() + "/" + state.name()))
                        .description("Letters in the archive by type and state")
                        .tag("type", type.name()).tag("state", state.name())
                        .register(registry);
            }
        }
        Gauge.builder("dunning.letter.numbers.unissued", this, m -> m.unissued())
                .description("Letter numbers reserved over a minute ago (last 7 days) whose letter is not issued")
                .register(registry);
    }

    private synchronized double unissued() {
        refresh();
        return unissued;
    }

    private synchronized double count(String key) {
        refresh();
        return counts.getOrDefault(key, 0L);
    }

    private void refresh() {
        if (System.nanoTime() - refreshedAt >= REFRESH_NANOS) {
            Map<String, Long> fresh = new HashMap<>();
            jdbc.query("SELECT letter_type, state, count(*) FROM letter_archive GROUP BY letter_type, state",
                    rs -> {
                        fresh.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                    });
            counts = fresh;
            Long stuck = jdbc.queryForObject("SELECT count(*) FROM notice_dispatch d WHERE d.letter_number IS NOT NULL"
                    + " AND d.claimed_at BETWEEN now() - interval '7 days' AND now() - interval '1 minute'"
                    + " AND NOT EXISTS (SELECT 1 FROM letter_archive a WHERE a.letter_number = d.letter_number)",
                    Long.class);
            unissued = stuck == null ? 0 : stuck;
            refreshedAt = System.nanoTime();
        }
    }
}

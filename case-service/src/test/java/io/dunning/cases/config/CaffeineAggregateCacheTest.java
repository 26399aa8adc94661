package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class CaffeineAggregateCacheTest {

    @Test
    void keepsWhatWasPutUntilRemovedAndTellsItsListeners() {
        CaffeineAggregateCache cache = new CaffeineAggregateCache(10);
        List<String> heard = new CopyOnWriteArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("CASE-1", "v1");
        cache.put("CASE-1", "v2");
        assertThat(cache.putIfAbsent("CASE-1", "v3")).isFalse();
        assertThat(cache.<String, String>get("CASE-1")).isEqualTo("v2");
        assertThat(cache.remove("CASE-1")).isTrue();
        assertThat(cache.remove("CASE-1")).isFalse();

        assertThat(cache.containsKey("CASE-1")).isFalse();
        assertThat(heard).containsExactly("created CASE-1", "updated CASE-1", "removed CASE-1");
    }

    @Test
    void holdsNoMoreThanItsBoundOnceEvictionHasRun() {
        CaffeineAggregateCache cache = new CaffeineAggregateCache(100);
        for (int i = 0; i < 1_000; i++) {
            cache.put("CASE-" + i, i);
        }
        cache.computeIfAbsent("CASE-new", () -> -1);

        long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> cache.containsKey("CASE-" + i)).count();
        assertThat(kept).isLessThanOrEqualTo(100);
        assertThat(cache.<String, Integer>get("CASE-new")).isEqualTo(-1);
    }

    @Test
    void computeIfPresentUpdatesOnlyAnExistingEntry() {
        CaffeineAggregateCache cache = new CaffeineAggregateCache(10);
        cache.put("CASE-1", 1);

        cache.<Integer>computeIfPresent("CASE-1", v -> v + 1);
        cache.<Integer>computeIfPresent("CASE-2", v -> v + 1);

        assertThat(cache.<String, Integer>get("CASE-1")).isEqualTo(2);
        assertThat(cache.containsKey("CASE-2")).isFalse();
    }
}

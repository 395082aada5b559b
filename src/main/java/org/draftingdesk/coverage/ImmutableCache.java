package org.draftingdesk.coverage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A bounded, least-recently-used cache for values that can never change once computed (what an
 * issued revision's coverage is made of). Each replica keeps its own: there is nothing to
 * invalidate, so replicas never disagree. Bounded by the total weight of its values.
 */
final class ImmutableCache<K, V> {

    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final Counter hits;
    private final Counter misses;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    ImmutableCache(String name, long maxWeight, ToLongFunction<V> weigher, MeterRegistry registry) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.hits = Counter.builder("drafting.coverage.cache")
                .tag("cache", name)
                .tag("result", "hit")
                .description("Lookups in the cache of issued revisions' coverage")
                .register(registry);
        this.misses = Counter.builder("drafting.coverage.cache")
                .tag("cache", name)
                .tag("result", "miss")
                .description("Lookups in the cache of issued revisions' coverage")
                .register(registry);
    }

    /**
     * The cached value, or the computed one (computed outside the lock: two requests racing for the
     * same key compute the same value, and one of them is kept).
     */
    V get(K key, Supplier<V> compute) {
        synchronized (this) {
            V value = entries.get(key);
            if (value != null) {
                hits.increment();
                return value;
            }
        }
        misses.increment();
        V value = compute.get();
        long w = weigher.applyAsLong(value);
        if (w > maxWeight) {
            return value;
        }
        synchronized (this) {
            V previous = entries.put(key, value);
            if (previous != null) {
                weight -= weigher.applyAsLong(previous);
            }
            weight += w;
            var it = entries.entrySet().iterator();
            while (weight > maxWeight && it.hasNext()) {
                Map.Entry<K, V> eldest = it.next();
                weight -= weigher.applyAsLong(eldest.getValue());
                it.remove();
            }
        }
        return value;
    }
}

package org.draftingdesk.coverage;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.util.function.Supplier;
import org.draftingdesk.DraftingConfig;

/**
 * Issued revisions' coverage reports as sent (JSON or CSV bytes with their strong ETag), so that a
 * repeated request costs the access check and the copy of the bytes, not a computation.
 */
@ApplicationScoped
class RenderedReports {

    record Rendered(byte[] body, EntityTag tag, String label) {}

    private record Key(long revisionId, Long sourceId, boolean csv) {}

    private final ImmutableCache<Key, Rendered> cache;

    RenderedReports(DraftingConfig config, MeterRegistry registry) {
        cache = new ImmutableCache<>(
                "rendered", config.coverageCacheMb() * 1024L * 1024L / 2, r -> 200L + r.body().length, registry);
    }

    Rendered get(long revisionId, Long sourceId, boolean csv, Supplier<Rendered> render) {
        return cache.get(new Key(revisionId, sourceId, csv), render);
    }
}

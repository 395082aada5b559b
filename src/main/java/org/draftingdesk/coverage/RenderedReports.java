package org.draftingdesk.coverage;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.util.function.Supplier;
import org.draftingdesk.DraftingConfig;

/**
 * Coverage reports as sent (JSON or CSV bytes with their strong ETag), so that a repeated request
 * costs the access check and the copy of the bytes, not a computation: issued revisions' for good,
 * the working draft's for as long as the process's content version stays the same.
 */
@ApplicationScoped
class RenderedReports {

    record Rendered(byte[] body, EntityTag tag, String label) {}

    private record Key(long revisionId, Long sourceId, boolean csv) {}

    /** The working draft of a process at one content version (see {@code CoverageService.contentVersion}). */
    private record WorkingKey(long processId, long version, Long sourceId, boolean csv) {}

    private final ImmutableCache<Key, Rendered> cache;
    private final ImmutableCache<WorkingKey, Rendered> working;

    RenderedReports(DraftingConfig config, MeterRegistry registry) {
        cache = new ImmutableCache<>(
                "rendered", config.coverageCacheMb() * 1024L * 1024L / 2, r -> 200L + r.body().length, registry);
        working = new ImmutableCache<>(
                "rendered-working",
                config.coverageCacheMb() * 1024L * 1024L / 4,
                r -> 200L + r.body().length,
                registry);
    }

    Rendered get(long revisionId, Long sourceId, boolean csv, Supplier<Rendered> render) {
        return cache.get(new Key(revisionId, sourceId, csv), render);
    }

    /** Rendered from data read after {@code version} was: never older than that version. */
    Rendered working(long processId, long version, Long sourceId, boolean csv, Supplier<Rendered> render) {
        return working.get(new WorkingKey(processId, version, sourceId, csv), render);
    }
}

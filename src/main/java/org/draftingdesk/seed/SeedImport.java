package org.draftingdesk.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.ImportingDraft;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.hearing.HearingImportService;
import org.draftingdesk.process.ProcessService;
import org.jboss.logging.Logger;

/**
 * Imports the documents shipped in {@code seeds/} on start: one process per appraisal, each with
 * its hearing summary and related documents, and where the manifest names one, the declaration
 * as the working draft (only while that draft is empty). Content already imported is recognised
 * by its hash, so a restart never duplicates anything.
 */
@ApplicationScoped
public class SeedImport {

    private static final Logger LOG = Logger.getLogger(SeedImport.class);
    public static final String SYSTEM_ACTOR = "system";

    record Manifest(List<SeedProcess> processes) {}

    record SeedProcess(String key, String title, List<SeedDocument> documents, String draft, Adopted adopted) {}

    /** The declaration the process adopted: its symbol names an issued revision equal to the draft. */
    record Adopted(String symbol, String date) {}

    record SeedDocument(String file, String kind, String title, String date) {}

    private final DraftingConfig config;
    private final ProcessService processes;
    private final HearingImportService importer;
    private final DraftService drafts;
    private final ImportingDraft importing;
    private final IssuingRevision revisions;
    private final ObjectMapper json;
    private final EntityManager em;

    SeedImport(
            DraftingConfig config,
            ProcessService processes,
            HearingImportService importer,
            DraftService drafts,
            ImportingDraft importing,
            IssuingRevision revisions,
            ObjectMapper json,
            EntityManager em) {
        this.importing = importing;
        this.revisions = revisions;
        this.drafts = drafts;
        this.em = em;
        this.config = config;
        this.processes = processes;
        this.importer = importer;
        this.json = json;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (config.importSeeds()) {
            importAll();
        }
    }

    /** One replica at a time: several starting together must not import twice. */
    @Transactional
    public void importAll() {
        em.createNativeQuery("select pg_advisory_xact_lock(7301)").getSingleResult();
        Manifest manifest = manifest();
        int created = 0;
        int drafted = 0;
        for (SeedProcess p : manifest.processes()) {
            long processId = processes.seeded(p.key(), p.title()).id();
            for (SeedDocument d : p.documents()) {
                var outcome = importer.importSeed(
                        processId,
                        new HearingImportService.ImportRequest(
                                d.title(), LocalDate.parse(d.date()), d.kind(), read("seeds/" + d.file())),
                        SYSTEM_ACTOR);
                if (outcome.created()) {
                    created++;
                }
            }
            if (p.draft() != null
                    && drafts.seedDraftIfEmpty(
                            processId,
                            importing.read(read("seeds/" + p.draft()), "text/plain; charset=UTF-8"),
                            SYSTEM_ACTOR)) {
                drafted++;
            }
            if (p.draft() != null && p.adopted() != null) {
                revisions.seedIssuedIfAbsent(
                        processId,
                        p.adopted().symbol(),
                        LocalDate.parse(p.adopted().date()),
                        SYSTEM_ACTOR);
            }
        }
        LOG.infof(
                "Seeds: %d processes, %d documents and %d drafts newly imported",
                manifest.processes().size(), created, drafted);
    }

    private Manifest manifest() {
        try {
            return json.readValue(read("seeds/manifest.json"), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file shipped in the jar (under {@code seeds/}); the other seed steps read theirs here too. */
    public static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

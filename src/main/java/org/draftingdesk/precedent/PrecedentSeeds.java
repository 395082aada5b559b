package org.draftingdesk.precedent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.GlobalRole;
import org.draftingdesk.process.DraftingProcess;
import org.draftingdesk.seed.SeedImport;
import org.jboss.logging.Logger;

/**
 * Imports the adopted texts shipped in {@code seeds/precedents/} on start, after the processes
 * are seeded (each is tied to the process whose outcome it was). Content already present is
 * recognised by its hash, so a restart adds nothing.
 */
@ApplicationScoped
public class PrecedentSeeds {

    private static final Logger LOG = Logger.getLogger(PrecedentSeeds.class);
    private static final Account SYSTEM = new Account(0, "system", "system", GlobalRole.ADMIN, null);

    record Manifest(List<SeedPrecedent> precedents) {}

    record SeedPrecedent(String file, String symbol, String title, String adopted, String process) {}

    private final DraftingConfig config;
    private final PrecedentService precedents;
    private final ObjectMapper json;

    PrecedentSeeds(DraftingConfig config, PrecedentService precedents, ObjectMapper json) {
        this.config = config;
        this.precedents = precedents;
        this.json = json;
    }

    void onStart(@Observes @Priority(25) StartupEvent event) {
        if (config.importSeeds()) {
            importAll();
        }
    }

    public void importAll() {
        int created = 0;
        for (SeedPrecedent p : manifest().precedents()) {
            Long processId = p.process() == null
                    ? null
                    : QuarkusTransaction.requiringNew()
                            .call(() -> DraftingProcess.seeded(p.process())
                                    .map(x -> x.id)
                                    .orElse(null));
            var outcome = precedents.add(
                    new PrecedentService.NewPrecedent(p.symbol(), p.title(), LocalDate.parse(p.adopted()), processId),
                    SeedImport.read("seeds/" + p.file()),
                    "text/plain",
                    SYSTEM);
            if (outcome.created()) {
                created++;
            }
        }
        LOG.infof("Seeds: %d adopted texts newly added to the precedent library", created);
    }

    private Manifest manifest() {
        try {
            return json.readValue(SeedImport.read("seeds/precedents/manifest.json"), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

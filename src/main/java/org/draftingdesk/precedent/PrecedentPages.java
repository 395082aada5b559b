package org.draftingdesk.precedent;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.precedent.PrecedentViews.ClausePrecedents;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.jboss.resteasy.reactive.RestPath;

/** A clause's agreed language in the browser: where its words were agreed before, and what changed. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PrecedentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clause(ProcessView process, ClausePrecedents precedents, String clauseText);
    }

    private final PrecedentService precedents;
    private final ProcessService processes;
    private final CurrentAccount current;

    PrecedentPages(PrecedentService precedents, ProcessService processes, CurrentAccount current) {
        this.precedents = precedents;
        this.processes = processes;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/draft/clauses/{cid}/precedents")
    public TemplateInstance clause(@RestPath long pid, @RestPath long cid) {
        ClausePrecedents found = precedents.forClause(pid, cid, 5, current.get());
        return Templates.clause(processes.get(pid), found, precedents.clauseText(cid));
    }
}

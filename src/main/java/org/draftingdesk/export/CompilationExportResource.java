package org.draftingdesk.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The compilation of a revision as a Word document (API.md, "A negotiation round"). */
@Path("/api")
public class CompilationExportResource {

    private final CompilationExport exports;
    private final CurrentAccount current;

    CompilationExportResource(CompilationExport exports, CurrentAccount current) {
        this.exports = exports;
        this.current = current;
    }

    @GET
    @Path("/processes/{pid}/revisions/{rev}/compilation/export")
    public Response export(@RestPath long pid, @RestPath String rev, @RestQuery String format) {
        return ExportResource.download(exports.export(pid, rev, format, current.get()));
    }
}

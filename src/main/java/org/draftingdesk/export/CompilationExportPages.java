package org.draftingdesk.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The same download for the signed-in browser (the compilation page links to it). */
@Path("/")
public class CompilationExportPages {

    private final CompilationExport exports;
    private final CurrentAccount current;

    CompilationExportPages(CompilationExport exports, CurrentAccount current) {
        this.exports = exports;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/revisions/{rev}/compilation/export")
    public Response export(@RestPath long pid, @RestPath String rev, @RestQuery String format) {
        return ExportResource.download(exports.export(pid, rev, format, current.get()));
    }
}

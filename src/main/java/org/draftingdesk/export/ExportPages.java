package org.draftingdesk.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The same downloads for the signed-in browser (the revision page links to them). */
@Path("/")
public class ExportPages {

    private final ExportService exports;
    private final CurrentAccount current;

    ExportPages(ExportService exports, CurrentAccount current) {
        this.exports = exports;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/revisions/{rev}/export")
    public Response export(@RestPath long pid, @RestPath String rev, @RestQuery String format) {
        return ExportResource.download(exports.export(pid, rev, format, current.get()));
    }
}

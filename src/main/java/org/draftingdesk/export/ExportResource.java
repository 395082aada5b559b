package org.draftingdesk.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.draftingdesk.account.CurrentAccount;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Exports over REST (API.md, "Exports and live events"). */
@Path("/api")
public class ExportResource {

    private final ExportService exports;
    private final CurrentAccount current;

    ExportResource(ExportService exports, CurrentAccount current) {
        this.exports = exports;
        this.current = current;
    }

    @GET
    @Path("/processes/{pid}/revisions/{rev}/export")
    public Response export(@RestPath long pid, @RestPath String rev, @RestQuery String format) {
        return download(exports.export(pid, rev, format, current.get()));
    }

    static Response download(ExportService.ExportedFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}

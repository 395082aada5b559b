package org.draftingdesk.hearing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.document.DocumentFormat;
import org.draftingdesk.web.Dates;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Hearing summaries and related documents of a process (API.md, "Processes and sources"). */
@Path("/api")
public class SourceResource {

    private final HearingImportService sources;
    private final CurrentAccount current;
    private final ImportingSource importing;

    SourceResource(HearingImportService sources, ImportingSource importing, CurrentAccount current) {
        this.sources = sources;
        this.importing = importing;
        this.current = current;
    }

    @POST
    @Path("/processes/{pid}/sources")
    @Consumes({
        MediaType.TEXT_PLAIN,
        "text/markdown",
        "application/pdf",
        DocumentFormat.DOCX_TYPE,
        MediaType.APPLICATION_OCTET_STREAM
    })
    public Response importSource(
            @RestPath long pid,
            @RestQuery String title,
            @RestQuery String date,
            @RestQuery String kind,
            @RestQuery boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        var request = new HearingImportService.ImportRequest(title, Dates.parse(date), kind, body, contentType);
        if (dryRun) {
            return Response.ok(importing.preview(pid, request, current.get())).build();
        }
        var outcome = importing.importDocument(pid, request, current.get());
        if (!outcome.created()) {
            return Response.ok(outcome.source()).build();
        }
        return Response.created(URI.create("/api/sources/" + outcome.source().id()))
                .entity(outcome.source())
                .build();
    }

    @GET
    @Path("/processes/{pid}/sources")
    public List<SourceViews.SourceSummary> list(@RestPath long pid) {
        return sources.sources(pid);
    }

    @GET
    @Path("/sources/{sid}")
    public SourceViews.SourceDetail get(@RestPath long sid) {
        return sources.detail(sid);
    }

    @GET
    @Path("/sources/{sid}/text")
    @Produces(MediaType.TEXT_PLAIN)
    public String text(@RestPath long sid) {
        return sources.text(sid);
    }

    @GET
    @Path("/sources/{sid}/context")
    public SourceViews.SourceContext context(@RestPath long sid) {
        return sources.context(sid);
    }

    @GET
    @Path("/processes/{pid}/themes")
    public List<SourceViews.ThemeSummary> themes(@RestPath long pid) {
        return sources.themes(pid);
    }
}

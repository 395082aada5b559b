package org.draftingdesk.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.draftingdesk.Digests;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.coverage.CoverageViews.HeatMap;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.problem.Problem;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Coverage over REST, as JSON or CSV, with a strong ETag (a digest of the bytes) answering 304 to a
 * matching If-None-Match: an issued revision's report never changes, the working draft's changes
 * with the process's content version.
 */
@Path("/api")
public class CoverageResource {

    private final CoverageService coverage;
    private final CurrentAccount current;
    private final ObjectMapper json;
    private final RenderedReports rendered;

    CoverageResource(CoverageService coverage, CurrentAccount current, ObjectMapper json, RenderedReports rendered) {
        this.coverage = coverage;
        this.current = current;
        this.json = json;
        this.rendered = rendered;
    }

    @GET
    @Path("/processes/{pid}/coverage")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(
            @RestPath long pid,
            @RestQuery String revision,
            @RestQuery String source,
            HttpHeaders headers,
            Request request) {
        Long sourceId = sourceId(source);
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> "text".equals(t.getType()) && "csv".equals(t.getSubtype()));
        String type = csv ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON;
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        IssuingRevision.Heading heading = coverage.heading(pid, revision, sourceId, current.get());
        // Access, revision and source were checked above; what is cached is only the rendering: an
        // issued revision's for good, the working draft's under the content version read before it.
        Supplier<RenderedReports.Rendered> render = () -> {
            CoverageReport r = coverage.report(pid, heading.ref(), sourceId, current.get());
            byte[] body = render(r, csv);
            return new RenderedReports.Rendered(
                    body, new EntityTag(Digests.sha256(body).substring(0, 40), false), r.revisionLabel());
        };
        RenderedReports.Rendered report = heading.id() == null
                ? rendered.working(pid, coverage.contentVersion(pid), sourceId, csv, render)
                : rendered.get(heading.id(), sourceId, csv, render);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(report.tag());
        if (notModified != null) {
            return notModified.cacheControl(cache).header("Vary", "Accept").build();
        }
        Response.ResponseBuilder ok = Response.ok(report.body(), type)
                .tag(report.tag())
                .cacheControl(cache)
                .header("Vary", "Accept");
        if (csv) {
            ok.header(
                    "Content-Disposition",
                    "attachment; filename=\"coverage-" + report.label().replaceAll("[^A-Za-z0-9.-]+", "-") + ".csv\"");
        }
        return ok.build();
    }

    private byte[] render(CoverageReport report, boolean csv) {
        try {
            return csv ? CoverageCsv.of(report).getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/processes/{pid}/coverage/heatmap")
    public HeatMap heatMap(@RestPath long pid, @RestQuery String source) {
        return coverage.heatMap(pid, sourceId(source), current.get());
    }

    static Long sourceId(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(source.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput("source must be a source id, not '" + source + "'");
        }
    }
}

package org.draftingdesk.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.RevisionPageSection;
import org.draftingdesk.publication.PublicationViews.PublicationView;
import org.draftingdesk.publication.PublicationViews.PublishedProcess;
import org.draftingdesk.publication.PublicationViews.PublishedRevision;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Publication in the browser: a section of the revision page (published or not; the co-facilitators'
 * Publish button) and the public pages, read-only and open without signing in ({@code /public/**}):
 * the published processes, a process's published revisions, a revision's text and its coverage.
 */
@ApplicationScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicationPages implements RevisionPageSection {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

    public record Section(
            long processId, long revisionId, PublicationView publication, String publishedAt, boolean canPublish) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(Section section);

        static native TemplateInstance index(List<PublishedProcess> processes);

        static native TemplateInstance process(PublishedProcess process);

        static native TemplateInstance revision(PublishedRevision revision, String publishedAt);

        static native TemplateInstance coverage(PublishedRevision revision, CoverageReport report);
    }

    private final PublicationService publication;
    private final CurrentAccount current;

    PublicationPages(PublicationService publication, CurrentAccount current) {
        this.publication = publication;
        this.current = current;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> html(long processId, RevisionView revision, Account reader) {
        if (revision.id() <= 0) {
            return Optional.empty();
        }
        Optional<PublicationView> published = publication.publication(processId, revision.id(), reader);
        boolean canPublish = publication.canPublish(processId, reader);
        if (published.isEmpty() && !canPublish) {
            return Optional.empty();
        }
        return Optional.of(Templates.section(new Section(
                        processId,
                        revision.id(),
                        published.orElse(null),
                        published.map(p -> shown(p.publishedAt())).orElse(null),
                        canPublish))
                .render());
    }

    @POST
    @Path("processes/{pid}/revisions/{rev}/publish")
    public Response publish(@RestPath long pid, @RestPath String rev) {
        PublicationView p = publication.publish(pid, rev, current.get());
        return Response.seeOther(URI.create("/processes/" + pid + "/revisions/" + p.revisionId() + "#publication"))
                .build();
    }

    @GET
    @Path("public")
    public TemplateInstance index() {
        return Templates.index(publication.publishedProcesses());
    }

    @GET
    @Path("public/processes/{pid}")
    public TemplateInstance process(@RestPath long pid) {
        return Templates.process(publication.publishedProcess(pid));
    }

    @GET
    @Path("public/processes/{pid}/revisions/{rev}")
    public TemplateInstance revision(@RestPath long pid, @RestPath String rev) {
        PublishedRevision r = publication.publishedRevision(pid, rev);
        return Templates.revision(r, shown(r.publishedAt()));
    }

    @GET
    @Path("public/processes/{pid}/revisions/{rev}/coverage")
    public TemplateInstance coverage(@RestPath long pid, @RestPath String rev) {
        return Templates.coverage(publication.publishedRevision(pid, rev), publication.publishedCoverage(pid, rev));
    }

    private static String shown(Instant instant) {
        return SHOWN.format(instant.atOffset(ZoneOffset.UTC));
    }
}

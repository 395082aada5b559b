package org.draftingdesk.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.publication.PublicationViews.PublicationView;
import org.draftingdesk.publication.PublicationViews.PublishedProcess;
import org.draftingdesk.publication.PublicationViews.PublishedRevision;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Publishing a revision (co-facilitators) and reading what is published (anyone, without signing
 * in: {@code /api/public/**} is open in application.properties, and nothing else under /api is).
 */
@Path("/api")
public class PublicationResource {

    private final PublicationService publication;
    private final CurrentAccount current;

    PublicationResource(PublicationService publication, CurrentAccount current) {
        this.publication = publication;
        this.current = current;
    }

    @POST
    @Path("/processes/{pid}/revisions/{rev}/publish")
    public PublicationView publish(@RestPath long pid, @RestPath String rev) {
        return publication.publish(pid, rev, current.get());
    }

    @GET
    @Path("/public/processes")
    public List<PublishedProcess> processes() {
        return publication.publishedProcesses();
    }

    @GET
    @Path("/public/processes/{pid}/revisions")
    public PublishedProcess revisions(@RestPath long pid) {
        return publication.publishedProcess(pid);
    }

    @GET
    @Path("/public/processes/{pid}/revisions/{rev}")
    public PublishedRevision revision(@RestPath long pid, @RestPath String rev) {
        return publication.publishedRevision(pid, rev);
    }

    @GET
    @Path("/public/processes/{pid}/revisions/{rev}/coverage")
    public CoverageReport coverage(@RestPath long pid, @RestPath String rev) {
        return publication.publishedCoverage(pid, rev);
    }
}

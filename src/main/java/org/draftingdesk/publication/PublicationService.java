package org.draftingdesk.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.coverage.CoverageService;
import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.draft.DraftEvents;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.DraftingProcess;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.publication.PublicationViews.PublicClause;
import org.draftingdesk.publication.PublicationViews.PublicationView;
import org.draftingdesk.publication.PublicationViews.PublishedProcess;
import org.draftingdesk.publication.PublicationViews.PublishedRevision;
import org.draftingdesk.publication.PublicationViews.PublishedSummary;

/**
 * Co-facilitators publish an issued revision: its text and its coverage report become readable
 * without signing in. To the public, everything else does not exist: an unpublished revision, the
 * working draft, a process with nothing published, a process that does not exist all answer the
 * same 404, so nothing tells them apart. The public sees the text, never comments, amendments,
 * members or who issued it; the coverage report leaves out the changes since the previous revision,
 * which may not be public.
 */
@ApplicationScoped
public class PublicationService {

    private final ProcessAccess access;
    private final IssuingRevision revisions;
    private final CoverageService coverage;
    private final DraftEvents events;
    private final EntityManager em;
    private final Clock clock;

    PublicationService(
            ProcessAccess access,
            IssuingRevision revisions,
            CoverageService coverage,
            DraftEvents events,
            EntityManager em,
            Clock clock) {
        this.access = access;
        this.revisions = revisions;
        this.coverage = coverage;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /** Publishes an issued revision; publishing it again answers the publication there is. */
    @Transactional
    public PublicationView publish(long processId, String rev, Account actor) {
        access.requireDrafter(processId, actor);
        IssuingRevision.Heading heading = revisions.heading(processId, rev, actor);
        if (heading.id() == null) {
            throw Problem.unprocessable("Only an issued revision is published, not the working draft: issue it first");
        }
        em.createNativeQuery("select id from revision where id = :id for update")
                .setParameter("id", heading.id())
                .getResultList();
        Optional<RevisionPublication> existing = RevisionPublication.of(processId, heading.id());
        if (existing.isPresent()) {
            return view(existing.get(), heading.label());
        }
        RevisionPublication p = new RevisionPublication();
        p.revisionId = heading.id();
        p.processId = processId;
        p.publishedAt = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        p.publishedBy = actor.username();
        p.persist();
        events.onRevision(
                processId, "revision-published", heading.id(), Map.of("label", heading.label()), actor.username());
        return view(p, heading.label());
    }

    /** The publication of a revision, for a reader of the process (the revision page). */
    @Transactional
    public Optional<PublicationView> publication(long processId, long revisionId, Account reader) {
        access.requireReader(processId, reader);
        return RevisionPublication.of(processId, revisionId)
                .map(p -> view(
                        p,
                        revisions
                                .issuedHeadingWithoutAccessCheck(processId, revisionId)
                                .label()));
    }

    @Transactional
    public boolean canPublish(long processId, Account reader) {
        return access.canDraft(processId, reader);
    }

    // --- what anyone reads, signed in or not

    @Transactional
    public PublishedRevision publishedRevision(long processId, String rev) {
        RevisionPublication p = requirePublished(processId, rev);
        RevisionView r = revisions.issuedWithoutAccessCheck(processId, p.revisionId);
        DraftingProcess process = DraftingProcess.findById(processId);
        return new PublishedRevision(
                processId,
                process.title,
                r.id(),
                r.label(),
                r.date(),
                p.publishedAt.toInstant(),
                r.intro(),
                r.clauses().stream()
                        .map(c -> new PublicClause(
                                c.id(), c.label(), c.kind(), c.text(), c.status(), c.heading(), c.notes()))
                        .toList());
    }

    @Transactional
    public CoverageReport publishedCoverage(long processId, String rev) {
        RevisionPublication p = requirePublished(processId, rev);
        CoverageReport r = coverage.issuedReportWithoutAccessCheck(processId, p.revisionId);
        return new CoverageReport(
                r.revision(),
                r.revisionId(),
                r.revisionLabel(),
                r.sourceId(),
                r.totals(),
                r.themes(),
                r.unaddressed(),
                r.suspect(),
                r.groups(),
                r.recommendations(),
                null);
    }

    /** A process's published revisions, oldest first; 404 when it has none (or does not exist). */
    @Transactional
    public PublishedProcess publishedProcess(long processId) {
        List<RevisionPublication> published = RevisionPublication.ofProcess(processId);
        if (published.isEmpty()) {
            throw notPublished(processId, null);
        }
        DraftingProcess process = DraftingProcess.findById(processId);
        return new PublishedProcess(processId, process.title, summaries(processId, published));
    }

    /** Every process with something published, with its published revisions. */
    @Transactional
    public List<PublishedProcess> publishedProcesses() {
        Map<Long, List<RevisionPublication>> byProcess = new LinkedHashMap<>();
        RevisionPublication.all()
                .forEach(p -> byProcess
                        .computeIfAbsent(p.processId, k -> new ArrayList<>())
                        .add(p));
        List<PublishedProcess> processes = new ArrayList<>();
        byProcess.forEach((pid, published) -> {
            DraftingProcess process = DraftingProcess.findById(pid);
            processes.add(new PublishedProcess(pid, process.title, summaries(pid, published)));
        });
        processes.sort(java.util.Comparator.comparing(PublishedProcess::title, String.CASE_INSENSITIVE_ORDER));
        return processes;
    }

    private List<PublishedSummary> summaries(long processId, List<RevisionPublication> published) {
        List<PublishedSummary> list = new ArrayList<>();
        for (RevisionPublication p : published) {
            RevisionView r = revisions.issuedWithoutAccessCheck(processId, p.revisionId);
            list.add(new PublishedSummary(r.id(), r.label(), r.date(), p.publishedAt.toInstant()));
        }
        return list;
    }

    private static RevisionPublication requirePublished(long processId, String rev) {
        long revisionId;
        try {
            revisionId = Long.parseLong(rev == null ? "" : rev.strip());
        } catch (NumberFormatException e) {
            throw notPublished(processId, rev);
        }
        return RevisionPublication.of(processId, revisionId).orElseThrow(() -> notPublished(processId, rev));
    }

    /** The same answer for whatever is not public, so that nothing tells what exists. */
    private static Problem notPublished(long processId, String rev) {
        return new Problem.NotFound(
                rev == null
                        ? "Nothing of process " + processId + " is published"
                        : "No published revision " + rev + " in process " + processId);
    }

    private static PublicationView view(RevisionPublication p, String label) {
        String page = "/public/processes/" + p.processId + "/revisions/" + p.revisionId;
        return new PublicationView(p.revisionId, label, p.publishedAt.toInstant(), p.publishedBy, page, "/api" + page);
    }
}

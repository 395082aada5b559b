package org.draftingdesk.coverage;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.coverage.CoverageCalculator.ClauseIn;
import org.draftingdesk.coverage.CoverageCalculator.LinkIn;
import org.draftingdesk.coverage.CoverageCalculator.RecommendationIn;
import org.draftingdesk.coverage.CoverageCalculator.ThemeIn;
import org.draftingdesk.coverage.CoverageViews.Changes;
import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.coverage.CoverageViews.HeatMap;
import org.draftingdesk.coverage.CoverageViews.HeatRow;
import org.draftingdesk.coverage.CoverageViews.RecommendationChange;
import org.draftingdesk.coverage.CoverageViews.RecommendationCoverage;
import org.draftingdesk.draft.DraftViews.RevisionSummary;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;

/**
 * Coverage of the hearing themes by a text: the working draft (live links, current hearing
 * content) or an issued revision (the links' states and hearing content frozen when it was
 * issued, so its report never changes).
 */
@ApplicationScoped
public class CoverageService {

    private final EntityManager em;
    private final ProcessAccess access;
    private final IssuingRevision revisions;
    /** Issued revisions' reports by revision and source: computed once per replica, never stale. */
    private final ImmutableCache<IssuedKey, CoverageReport> issued;

    /** Rough size in memory of one theme or recommendation of a report, to bound the cache. */
    static final long BYTES_PER_ROW = 400;

    record IssuedKey(long revisionId, Long sourceId) {}

    /** An issued revision and the process it belongs to: neither ever changes. */
    private record IssuedHeading(long processId, IssuingRevision.Heading heading) {}

    private final ImmutableCache<Long, IssuedHeading> headings;

    /**
     * The working draft's reports by process, source and the process's content version (see
     * {@link #contentVersion}): a version names one state of the data, so an entry never goes stale;
     * a change makes a new version, and entries of old ones age out.
     */
    record WorkingKey(long processId, Long sourceId, long version) {}

    private final ImmutableCache<WorkingKey, CoverageReport> working;

    CoverageService(
            EntityManager em,
            ProcessAccess access,
            IssuingRevision revisions,
            DraftingConfig config,
            MeterRegistry registry) {
        this.em = em;
        this.access = access;
        this.revisions = revisions;
        this.issued = new ImmutableCache<>(
                "reports",
                config.coverageCacheMb() * 1024L * 1024L / 2,
                r -> BYTES_PER_ROW
                        * (1 + r.themes().size() + r.recommendations().size()),
                registry);
        this.headings = new ImmutableCache<>("headings", 10_000, h -> 1, registry);
        this.working = new ImmutableCache<>(
                "working",
                config.coverageCacheMb() * 1024L * 1024L / 4,
                r -> BYTES_PER_ROW
                        * (1 + r.themes().size() + r.recommendations().size()),
                registry);
    }

    record Inputs(
            List<ThemeIn> themes, List<RecommendationIn> recommendations, List<ClauseIn> clauses, List<LinkIn> links) {
        Inputs forSource(Long sourceId) {
            if (sourceId == null) {
                return this;
            }
            List<ThemeIn> t =
                    themes.stream().filter(x -> x.sourceId() == sourceId).toList();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            t.forEach(x -> ids.add(x.themeId()));
            return new Inputs(
                    t,
                    recommendations.stream()
                            .filter(r -> ids.contains(r.themeId()))
                            .toList(),
                    clauses,
                    links);
        }
    }

    /**
     * The report of {@code rev} (a revision id or {@code working}). Every call checks that the reader
     * may read the process and that the revision and source belong to it; an issued revision's report
     * then comes from the cache when this replica computed it before.
     */
    @Transactional
    public CoverageReport report(long processId, String rev, Long sourceId, Account reader) {
        IssuingRevision.Heading heading = heading(processId, rev, sourceId, reader);
        if (heading.id() == null) {
            // The version is read before the data: what is computed is never older than the key says.
            long version = contentVersion(processId);
            return working.get(
                    new WorkingKey(processId, sourceId, version), () -> workingReport(processId, sourceId, reader));
        }
        return issuedReport(processId, heading, sourceId, reader);
    }

    /**
     * The version of everything the working draft's coverage of a process is made of, raised in the
     * same transaction as every change to it by the database itself (migration V21), on whichever
     * replica the change was made. Read it before the data: a report computed after reading version
     * {@code v} reflects at least every change counted in {@code v}.
     */
    @Transactional
    public long contentVersion(long processId) {
        return ((Number) em.createNativeQuery(
                                "select coalesce((select version from process_content_version where process_id = :p), 0)")
                        .setParameter("p", processId)
                        .getSingleResult())
                .longValue();
    }

    /** Checks access, revision and source; the heading of the report asked for. */
    @Transactional
    public IssuingRevision.Heading heading(long processId, String rev, Long sourceId, Account reader) {
        String revision = rev == null || rev.isBlank() ? revisions.defaultRef(processId, reader) : rev.strip();
        IssuingRevision.Heading heading;
        Long revisionId = revisionId(revision);
        if (revisionId == null) {
            heading = revisions.heading(processId, revision, reader);
        } else {
            access.requireReader(processId, reader);
            IssuedHeading known = headings.get(
                    revisionId, () -> new IssuedHeading(processId, revisions.heading(processId, revision, reader)));
            if (known.processId() != processId) {
                throw Problem.notFound("Revision", revision);
            }
            heading = known.heading();
        }
        if (sourceId != null && !sourceInProcess(processId, sourceId)) {
            throw Problem.notFound("Source", sourceId + " in process " + processId);
        }
        return heading;
    }

    private CoverageReport workingReport(long processId, Long sourceId, Account reader) {
        var result = compute(inputs(processId, IssuingRevision.WORKING).forSource(sourceId));
        String previous = revisions.previousOf(processId, IssuingRevision.WORKING);
        Changes changes = null;
        if (previous != null) {
            IssuingRevision.Heading before = revisions.heading(processId, previous, reader);
            changes = changes(
                    previous,
                    before.label(),
                    issuedReport(processId, before, sourceId, reader).recommendations(),
                    result.recommendations());
        }
        return new CoverageReport(
                IssuingRevision.WORKING,
                null,
                "Working draft",
                sourceId,
                result.totals(),
                result.themes(),
                result.unaddressed(),
                result.suspect(),
                result.groups(),
                result.recommendations(),
                changes);
    }

    private CoverageReport issuedReport(
            long processId, IssuingRevision.Heading heading, Long sourceId, Account reader) {
        return issued.get(new IssuedKey(heading.id(), sourceId), () -> {
            var result = compute(inputs(processId, heading.ref()).forSource(sourceId));
            String previous = revisions.previousOf(processId, heading.ref());
            Changes changes = null;
            if (previous != null) {
                var before = compute(inputs(processId, previous).forSource(sourceId));
                changes = changes(
                        previous,
                        revisions
                                .issuedHeadingWithoutAccessCheck(processId, Long.parseLong(previous))
                                .label(),
                        before.recommendations(),
                        result.recommendations());
            }
            return new CoverageReport(
                    heading.ref(),
                    heading.id(),
                    heading.label(),
                    sourceId,
                    result.totals(),
                    result.themes(),
                    result.unaddressed(),
                    result.suspect(),
                    result.groups(),
                    result.recommendations(),
                    changes);
        });
    }

    /**
     * An issued revision's report WITHOUT an access check, for a caller that decided access itself (a
     * published revision's report is public). Shares the cache with {@link #report}.
     */
    @Transactional
    public CoverageReport issuedReportWithoutAccessCheck(long processId, long revisionId) {
        return issuedReport(processId, revisions.issuedHeadingWithoutAccessCheck(processId, revisionId), null, null);
    }

    /** Themes by revisions, the working draft last. */
    @Transactional
    public HeatMap heatMap(long processId, Long sourceId, Account reader) {
        access.requireReader(processId, reader);
        List<RevisionSummary> issued = revisions.revisions(processId, reader);
        List<String> columns = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        issued.forEach(r -> {
            columns.add(r.label());
            refs.add(r.ref());
        });
        boolean working = access.canReadWorkingDraft(processId, reader);
        if (working) {
            columns.add("Working draft");
            refs.add(IssuingRevision.WORKING);
        }
        List<List<CoverageViews.ThemeCoverage>> columnThemes = new ArrayList<>();
        issued.forEach(r -> columnThemes.add(issuedReport(
                        processId,
                        new IssuingRevision.Heading(r.ref(), Long.valueOf(r.ref()), r.label()),
                        sourceId,
                        reader)
                .themes()));
        Inputs current = inputs(processId, IssuingRevision.WORKING).forSource(sourceId);
        if (working) {
            columnThemes.add(compute(current).themes());
        }
        List<HeatRow> rows = new ArrayList<>();
        for (ThemeIn t : current.themes()) {
            List<Double> cells = new ArrayList<>();
            for (List<CoverageViews.ThemeCoverage> themes : columnThemes) {
                cells.add(themes.stream()
                        .filter(x -> x.themeId() == t.themeId())
                        .findFirst()
                        .map(CoverageViews.ThemeCoverage::coverage)
                        .orElse(null));
            }
            rows.add(new HeatRow(t.themeId(), t.number(), t.title(), cells));
        }
        return new HeatMap(columns, refs, rows);
    }

    static CoverageCalculator.Result compute(Inputs in) {
        return CoverageCalculator.compute(in.themes(), in.recommendations(), in.clauses(), in.links());
    }

    static Changes changes(
            String previousRef,
            String previousLabel,
            List<RecommendationCoverage> before,
            List<RecommendationCoverage> after) {
        Map<Long, RecommendationCoverage> was = new HashMap<>();
        before.forEach(r -> was.put(r.recommendationId(), r));
        List<RecommendationChange> newly = new ArrayList<>();
        List<RecommendationChange> dropped = new ArrayList<>();
        for (RecommendationCoverage now : after) {
            RecommendationCoverage then = was.remove(now.recommendationId());
            boolean addressedNow = CoverageCalculator.ADDRESSED.equals(now.state());
            boolean addressedThen = then != null && CoverageCalculator.ADDRESSED.equals(then.state());
            if (addressedNow && !addressedThen) {
                newly.add(new RecommendationChange(
                        now.recommendationId(),
                        now.themeId(),
                        now.text(),
                        now.addressedBy().stream()
                                .map(CoverageViews.ClauseRef::label)
                                .toList()));
            } else if (!addressedNow && addressedThen) {
                dropped.add(new RecommendationChange(
                        now.recommendationId(),
                        now.themeId(),
                        now.text(),
                        then.addressedBy().stream()
                                .map(CoverageViews.ClauseRef::label)
                                .toList()));
            }
        }
        // Recommendations gone since (deleted from the hearing content) that were addressed then.
        was.values().stream()
                .filter(r -> CoverageCalculator.ADDRESSED.equals(r.state()))
                .forEach(r -> dropped.add(new RecommendationChange(
                        r.recommendationId(),
                        r.themeId(),
                        r.text(),
                        r.addressedBy().stream()
                                .map(CoverageViews.ClauseRef::label)
                                .toList())));
        return new Changes(previousRef, previousLabel, newly, dropped);
    }

    @SuppressWarnings("unchecked")
    Inputs inputs(long processId, String rev) {
        boolean working = IssuingRevision.WORKING.equals(rev);
        List<Object[]> themeRows;
        List<Object[]> recRows;
        List<Object[]> clauseRows;
        List<Object[]> linkRows;
        if (working) {
            themeRows = em.createNativeQuery("""
                    select t.id, t.source_id, t.number, t.title from theme t join source_document s on s.id = t.source_id
                    where s.process_id = :p order by s.document_date nulls last, s.id, t.number, t.id
                    """).setParameter("p", processId).getResultList();
            recRows = em.createNativeQuery("""
                    select r.id, r.theme_id, r.body, r.stakeholder_group from recommendation r join theme t on t.id = r.theme_id
                    join source_document s on s.id = t.source_id where s.process_id = :p order by t.id, r.position
                    """).setParameter("p", processId).getResultList();
            clauseRows = em.createNativeQuery("""
                    select id, label from clause where process_id = :p and status <> 'deleted' order by position
                    """).setParameter("p", processId).getResultList();
            linkRows = em.createNativeQuery("""
                    select clause_id, recommendation_id, theme_id, state from trace_link where process_id = :p
                    """).setParameter("p", processId).getResultList();
        } else {
            long revisionId = Long.parseLong(rev);
            themeRows = em.createNativeQuery("""
                    select rt.theme_id, rt.source_id, rt.number, rt.title from revision_theme rt
                    left join source_document s on s.id = rt.source_id
                    where rt.revision_id = :r order by s.document_date nulls last, rt.source_id, rt.number, rt.theme_id
                    """).setParameter("r", revisionId).getResultList();
            recRows = em.createNativeQuery("""
                    select recommendation_id, theme_id, body, stakeholder_group from revision_recommendation
                    where revision_id = :r order by theme_id, position
                    """).setParameter("r", revisionId).getResultList();
            clauseRows = em.createNativeQuery("""
                    select clause_id, label from revision_clause where revision_id = :r order by ordinal
                    """).setParameter("r", revisionId).getResultList();
            linkRows = em.createNativeQuery("""
                    select clause_id, recommendation_id, theme_id, state from revision_link where revision_id = :r
                    """).setParameter("r", revisionId).getResultList();
        }
        List<ThemeIn> themes = themeRows.stream()
                .map(r -> new ThemeIn(id(r[0]), id(r[1]), ((Number) r[2]).intValue(), (String) r[3]))
                .toList();
        List<RecommendationIn> recs = recRows.stream()
                .map(r -> new RecommendationIn(id(r[0]), id(r[1]), (String) r[2], (String) r[3]))
                .toList();
        List<ClauseIn> clauses = clauseRows.stream()
                .map(r -> new ClauseIn(id(r[0]), (String) r[1]))
                .toList();
        List<LinkIn> links = linkRows.stream()
                .map(r -> new LinkIn(
                        id(r[0]), r[1] == null ? null : id(r[1]), r[2] == null ? null : id(r[2]), (String) r[3]))
                .toList();
        return new Inputs(themes, recs, clauses, links);
    }

    private static Long revisionId(String revision) {
        try {
            return Long.valueOf(revision);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean sourceInProcess(long processId, long sourceId) {
        return ((Number) em.createNativeQuery("select count(*) from source_document where id = :s and process_id = :p")
                                .setParameter("s", sourceId)
                                .setParameter("p", processId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }
}

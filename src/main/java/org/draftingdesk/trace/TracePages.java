package org.draftingdesk.trace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.draft.DraftService;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessService;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.draftingdesk.trace.TraceViews.ClauseSuggestion;
import org.draftingdesk.trace.TraceViews.ClauseSuggestions;
import org.draftingdesk.trace.TraceViews.LinkView;
import org.draftingdesk.trace.TraceViews.QueueItem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Linking in the browser, from a clause and from a recommendation, and the review queue. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TracePages {

    /** A link as a page shows it: with the recommendation's (or theme's) words. */
    public record LinkRow(LinkView link, String target, String theme) {}

    public record RecommendationInfo(
            long id,
            long themeId,
            long sourceId,
            int themeNumber,
            String themeTitle,
            String text,
            String stakeholderGroup) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clause(
                ProcessView process,
                ClauseView clause,
                List<LinkRow> links,
                ClauseSuggestions suggestions,
                boolean canEdit);

        static native TemplateInstance recommendation(
                ProcessView process,
                RecommendationInfo recommendation,
                List<LinkRow> links,
                List<ClauseSuggestion> suggestions,
                boolean canEdit);

        static native TemplateInstance queue(ProcessView process, List<QueueItem> items, boolean canEdit);

        static native TemplateInstance theme(
                ProcessView process,
                ThemeInfo theme,
                List<RecommendationInfo> recommendations,
                List<LinkRow> links,
                List<ClauseSuggestion> suggestions,
                boolean canEdit);
    }

    public record ThemeInfo(long id, long sourceId, int number, String title) {}

    private final TraceService trace;
    private final SuggestionService suggestions;
    private final DraftService drafts;
    private final ProcessService processes;
    private final ProcessAccess access;
    private final CurrentAccount current;

    TracePages(
            TraceService trace,
            SuggestionService suggestions,
            DraftService drafts,
            ProcessService processes,
            ProcessAccess access,
            CurrentAccount current) {
        this.trace = trace;
        this.suggestions = suggestions;
        this.drafts = drafts;
        this.processes = processes;
        this.access = access;
        this.current = current;
    }

    @GET
    @Path("processes/{pid}/draft/clauses/{cid}/links")
    public TemplateInstance clause(@RestPath long pid, @RestPath long cid) {
        Account me = current.get();
        ClauseView clause = drafts.clause(pid, cid, me);
        return Templates.clause(
                processes.get(pid),
                clause,
                rows(info(pid), trace.links(pid, cid, null, null, null, me)),
                suggestions.forClause(pid, cid, 10, me),
                access.canDraft(pid, me));
    }

    @GET
    @Path("processes/{pid}/recommendations/{rid}")
    public TemplateInstance recommendation(@RestPath long pid, @RestPath long rid) {
        Account me = current.get();
        Map<Long, RecommendationInfo> recs = info(pid);
        RecommendationInfo info = recs.get(rid);
        if (info == null) {
            throw Problem.notFound("Recommendation", rid);
        }
        return Templates.recommendation(
                processes.get(pid),
                info,
                rows(recs, trace.links(pid, null, rid, null, null, me)),
                access.canReadWorkingDraft(pid, me) ? suggestions.clausesFor(pid, rid, 8, me) : List.of(),
                access.canDraft(pid, me));
    }

    @GET
    @Path("processes/{pid}/themes/{tid}")
    public TemplateInstance theme(@RestPath long pid, @RestPath long tid) {
        Account me = current.get();
        Map<Long, RecommendationInfo> all = info(pid);
        List<RecommendationInfo> recs = all.values().stream()
                .filter(r -> r.themeId() == tid)
                .sorted(java.util.Comparator.comparingLong(RecommendationInfo::id))
                .toList();
        List<ClauseSuggestion> ranked =
                access.canReadWorkingDraft(pid, me) ? suggestions.clausesForTheme(pid, tid, 8, me) : List.of();
        SuggestionService.ThemeHeading heading = suggestions.theme(pid, tid);
        ThemeInfo theme = new ThemeInfo(heading.id(), heading.sourceId(), heading.number(), heading.title());
        java.util.Set<Long> recIds =
                recs.stream().map(RecommendationInfo::id).collect(java.util.stream.Collectors.toSet());
        List<LinkView> links = trace.links(pid, null, null, null, null, me).stream()
                .filter(l -> (l.themeId() != null && l.themeId() == tid)
                        || (l.recommendationId() != null && recIds.contains(l.recommendationId())))
                .toList();
        return Templates.theme(processes.get(pid), theme, recs, rows(all, links), ranked, access.canDraft(pid, me));
    }

    @GET
    @Path("processes/{pid}/suggestions")
    public TemplateInstance queue(@RestPath long pid) {
        Account me = current.get();
        return Templates.queue(processes.get(pid), trace.queue(pid, me), access.canDraft(pid, me));
    }

    @POST
    @Path("processes/{pid}/suggestions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suggestForDraft(@RestPath long pid) {
        trace.suggestForDraft(pid, current.get());
        return Response.seeOther(URI.create("/processes/" + pid + "/suggestions"))
                .build();
    }

    @POST
    @Path("processes/{pid}/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(
            @RestPath long pid,
            @RestForm Long clauseId,
            @RestForm Long recommendationId,
            @RestForm Long themeId,
            @RestForm String rationale,
            @RestForm String back) {
        trace.link(pid, new TraceService.NewLink(clauseId, recommendationId, themeId, rationale), current.get());
        return back(pid, back);
    }

    @POST
    @Path("processes/{pid}/links/{lid}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(
            @RestPath long pid, @RestPath long lid, @RestForm String back, @HeaderParam("HX-Request") String htmx) {
        trace.confirm(pid, lid, null, current.get());
        return htmx != null ? Response.ok("").build() : back(pid, back);
    }

    @POST
    @Path("processes/{pid}/links/{lid}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(
            @RestPath long pid, @RestPath long lid, @RestForm String back, @HeaderParam("HX-Request") String htmx) {
        trace.reject(pid, lid, null, current.get());
        return htmx != null ? Response.ok("").build() : back(pid, back);
    }

    @POST
    @Path("processes/{pid}/links/{lid}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long pid, @RestPath long lid, @RestForm String back) {
        trace.delete(pid, lid, current.get());
        return back(pid, back);
    }

    /** Back to where the person came from, but only to a page of this process. */
    private static Response back(long pid, String back) {
        String prefix = "/processes/" + pid + "/";
        String target = back != null && back.startsWith(prefix) && !back.contains("//") && !back.contains("\\")
                ? back
                : prefix + "draft";
        return Response.seeOther(URI.create(target)).build();
    }

    private static List<LinkRow> rows(Map<Long, RecommendationInfo> recs, List<LinkView> links) {
        Map<Long, String> themes = new HashMap<>();
        recs.values().forEach(r -> themes.put(r.themeId(), r.themeNumber() + ". " + r.themeTitle()));
        return links.stream()
                .map(l -> {
                    if (l.recommendationId() != null) {
                        RecommendationInfo r = recs.get(l.recommendationId());
                        return new LinkRow(
                                l, r == null ? "" : r.text(), r == null ? "" : r.themeNumber() + ". " + r.themeTitle());
                    }
                    String theme = themes.getOrDefault(l.themeId(), "");
                    return new LinkRow(l, "The whole theme", theme);
                })
                .toList();
    }

    private Map<Long, RecommendationInfo> info(long pid) {
        Map<Long, RecommendationInfo> map = new HashMap<>();
        for (SuggestionService.Candidate c : suggestions.candidatesOf(pid)) {
            map.put(
                    c.recommendationId(),
                    new RecommendationInfo(
                            c.recommendationId(),
                            c.themeId(),
                            c.sourceId(),
                            c.themeNumber(),
                            c.themeTitle(),
                            c.text(),
                            c.stakeholderGroup()));
        }
        return map;
    }
}

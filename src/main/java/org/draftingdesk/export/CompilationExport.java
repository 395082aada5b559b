package org.draftingdesk.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.comment.CommentService;
import org.draftingdesk.comment.CommentViews.Compilation;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess;
import org.draftingdesk.process.ProcessService;

/**
 * The compilation of a revision as a Word document, for whoever may read the compilation: each clause,
 * its comments and amendments by delegation with supporters, opponents and the decision, and the
 * hearing recommendations the clause answers (as linked when the revision was issued).
 */
@ApplicationScoped
public class CompilationExport {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A recommendation (or a whole theme, when {@code recommendation} is null) a clause is linked to. */
    record LinkedRecommendation(
            long clauseId, Integer themeNumber, String themeTitle, String recommendation, String state) {}

    private final CommentService comments;
    private final ProcessService processes;
    private final ProcessAccess access;
    private final EntityManager em;

    CompilationExport(CommentService comments, ProcessService processes, ProcessAccess access, EntityManager em) {
        this.comments = comments;
        this.processes = processes;
        this.access = access;
        this.em = em;
    }

    @Transactional
    public ExportService.ExportedFile export(long processId, String rev, String format, Account reader) {
        access.requireReader(processId, reader);
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!"docx".equals(f)) {
            throw Problem.badInput("format", "The compilation exports as format=docx");
        }
        Compilation compilation = comments.compilation(processId, rev, reader);
        String title = processes.get(processId).title();
        byte[] content = CompilationDocx.write(title, compilation, links(processId, compilation.revisionId()));
        String name = ExportService.fileName(title + " " + compilation.revisionLabel() + " compilation") + ".docx";
        return new ExportService.ExportedFile(content, DOCX, name);
    }

    /** Confirmed and suspect links, as frozen with an issued revision, or as they stand for the working draft. */
    @SuppressWarnings("unchecked")
    private Map<Long, List<LinkedRecommendation>> links(long processId, long revisionId) {
        List<Tuple> rows;
        if (revisionId > 0) {
            rows = em.createNativeQuery("""
                    select l.clause_id as clause, t.number as theme_number, t.title as theme_title,
                           r.body as recommendation, l.state as state
                    from revision_link l
                    left join revision_recommendation r
                           on r.revision_id = l.revision_id and r.recommendation_id = l.recommendation_id
                    left join revision_theme t
                           on t.revision_id = l.revision_id and t.theme_id = coalesce(l.theme_id, r.theme_id)
                    where l.revision_id = :r and l.state in ('confirmed', 'suspect')
                    order by l.clause_id, t.number nulls last, r.position nulls first, l.link_id
                    """, Tuple.class)
                    .setParameter("r", revisionId)
                    .getResultList();
        } else {
            rows = em.createNativeQuery("""
                    select l.clause_id as clause, t.number as theme_number, t.title as theme_title,
                           r.body as recommendation, l.state as state
                    from trace_link l
                    left join recommendation r on r.id = l.recommendation_id
                    left join theme t on t.id = coalesce(l.theme_id, r.theme_id)
                    where l.process_id = :p and l.state in ('confirmed', 'suspect')
                    order by l.clause_id, t.number nulls last, r.position nulls first, l.id
                    """, Tuple.class)
                    .setParameter("p", processId)
                    .getResultList();
        }
        return rows.stream()
                .map(t -> new LinkedRecommendation(
                        ((Number) t.get("clause")).longValue(),
                        t.get("theme_number") == null ? null : ((Number) t.get("theme_number")).intValue(),
                        (String) t.get("theme_title"),
                        (String) t.get("recommendation"),
                        (String) t.get("state")))
                .collect(
                        Collectors.groupingBy(LinkedRecommendation::clauseId, LinkedHashMap::new, Collectors.toList()));
    }
}

package org.draftingdesk.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.draftingdesk.comment.CommentViews.CommentView;
import org.draftingdesk.comment.CommentViews.Compilation;
import org.draftingdesk.comment.CommentViews.CompiledClause;
import org.draftingdesk.problem.Problem;

/**
 * Narrows a compilation: the proposals of one delegation, of one status, and only the paragraphs that
 * (still) carry a proposal. Query parameters {@code delegation} (an id), {@code status} and {@code
 * withProposals=true}, the same on the page and in JSON.
 */
public record CompilationFilter(Long delegation, String status, boolean withProposals) {

    static final Set<String> STATUSES = Set.of(
            ClauseComment.OPEN,
            ClauseComment.ACCEPTED,
            ClauseComment.DECLINED,
            ClauseComment.NOTED,
            ClauseComment.WITHDRAWN,
            "merged");

    public static final CompilationFilter NONE = new CompilationFilter(null, null, false);

    /** From query parameters; an unknown status or an id that is not a number is 400. */
    public static CompilationFilter of(String delegation, String status, Boolean withProposals) {
        Long id = null;
        if (delegation != null && !delegation.isBlank()) {
            try {
                id = Long.parseLong(delegation.strip());
            } catch (NumberFormatException e) {
                throw Problem.badInput("delegation", "delegation must be a delegation id");
            }
        }
        String s = status == null || status.isBlank() ? null : status.strip();
        if (s != null && !STATUSES.contains(s)) {
            throw Problem.badInput("status", "status must be one of " + new java.util.TreeSet<>(STATUSES));
        }
        return new CompilationFilter(id, s, withProposals != null && withProposals);
    }

    public boolean isActive() {
        return delegation != null || status != null || withProposals;
    }

    public Compilation apply(Compilation compilation) {
        if (!isActive()) {
            return compilation;
        }
        List<CompiledClause> clauses = new ArrayList<>();
        for (CompiledClause c : compilation.clauses()) {
            List<CommentView> kept = c.comments().stream()
                    .filter(m -> delegation == null || m.delegationId() == delegation)
                    .filter(m -> status == null || status.equals(m.status()))
                    .toList();
            if (withProposals && kept.isEmpty()) {
                continue;
            }
            clauses.add(new CompiledClause(c.clauseId(), c.label(), c.kind(), c.text(), kept));
        }
        return new Compilation(compilation.revisionId(), compilation.revisionLabel(), clauses);
    }

    /** The delegations that made a proposal in a compilation, by name, for the filter's choice. */
    public static Map<String, Long> delegationsIn(Compilation compilation) {
        Map<String, Long> byName = new TreeMap<>();
        compilation.clauses().forEach(c -> c.comments().forEach(m -> byName.put(m.delegation(), m.delegationId())));
        return byName;
    }

    /** What the page's filter form shows: the choice made and the delegations to choose from. */
    public record Form(CompilationFilter chosen, Map<String, Long> delegations, List<String> statuses) {
        public static Form of(CompilationFilter chosen, Compilation unfiltered) {
            return new Form(
                    chosen, delegationsIn(unfiltered), List.of("open", "accepted", "declined", "noted", "withdrawn"));
        }
    }
}

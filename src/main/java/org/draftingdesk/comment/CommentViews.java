package org.draftingdesk.comment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.draftingdesk.draft.WordDiff;

public final class CommentViews {

    private CommentViews() {}

    public record AmendmentView(String op, String find, String replacement) {}

    public record CommentView(
            long id,
            long revisionId,
            long clauseId,
            String clauseLabel,
            long delegationId,
            String delegation,
            String author,
            String kind,
            String text,
            AmendmentView amendment,
            String proposedText,
            List<WordDiff.Segment> change,
            List<String> supporters,
            List<String> opponents,
            String status,
            String decisionReason,
            String decidedBy,
            OffsetDateTime decidedAt,
            OffsetDateTime createdAt,
            WorkingFit working,
            String quote,
            QuoteAnchors.Anchor anchor,
            boolean quoteLost,
            String madeOn,
            boolean carried,
            AmendmentMerge.MergedInto mergedInto) {

        public CommentView(
                long id,
                long revisionId,
                long clauseId,
                String clauseLabel,
                long delegationId,
                String delegation,
                String author,
                String kind,
                String text,
                AmendmentView amendment,
                String proposedText,
                List<WordDiff.Segment> change,
                List<String> supporters,
                List<String> opponents,
                String status,
                String decisionReason,
                String decidedBy,
                OffsetDateTime decidedAt,
                OffsetDateTime createdAt,
                WorkingFit working,
                AmendmentMerge.MergedInto mergedInto) {
            this(
                    id,
                    revisionId,
                    clauseId,
                    clauseLabel,
                    delegationId,
                    delegation,
                    author,
                    kind,
                    text,
                    amendment,
                    proposedText,
                    change,
                    supporters,
                    opponents,
                    status,
                    decisionReason,
                    decidedBy,
                    decidedAt,
                    createdAt,
                    working,
                    null,
                    null,
                    false,
                    null,
                    false,
                    mergedInto);
        }

        /** The co-facilitators' decision ({@code accepted}, {@code declined}, {@code merged}), or null. */
        @JsonProperty("decision")
        public String decision() {
            if (status == null) {
                return null;
            }
            return switch (status) {
                case ClauseComment.ACCEPTED, ClauseComment.DECLINED, ClauseComment.MERGED -> status;
                default -> null;
            };
        }

        /** The same, with its quote anchored in {@code text} (the wording it is shown against). */
        public CommentView quoting(String quote, String text) {
            QuoteAnchors.Anchor found =
                    quote == null ? null : QuoteAnchors.anchor(text, quote).orElse(null);
            return copy(working, quote, found, quote != null && found == null, madeOn, carried);
        }

        /** The same, saying on which revision it was made and whether it was carried to a later one. */
        public CommentView madeOn(String revisionLabel, boolean carriedOver) {
            return copy(working, quote, anchor, quoteLost, revisionLabel, carriedOver);
        }

        /** The same, with how it stands against the working text. */
        public CommentView withWorking(WorkingFit fit) {
            return copy(fit, quote, anchor, quoteLost, madeOn, carried);
        }

        /** The same proposal, seen in another light: only where it stands and how its quote reads differ. */
        private CommentView copy(
                WorkingFit working,
                String quote,
                QuoteAnchors.Anchor anchor,
                boolean quoteLost,
                String madeOn,
                boolean carried) {
            return new CommentView(
                    id,
                    revisionId,
                    clauseId,
                    clauseLabel,
                    delegationId,
                    delegation,
                    author,
                    kind,
                    text,
                    amendment,
                    proposedText,
                    change,
                    supporters,
                    opponents,
                    status,
                    decisionReason,
                    decidedBy,
                    decidedAt,
                    createdAt,
                    working,
                    quote,
                    anchor,
                    quoteLost,
                    madeOn,
                    carried,
                    mergedInto);
        }
    }

    /**
     * For the co-facilitators, how an open amendment stands against the working text: {@code state} is
     * {@code already-applied}, {@code applies} or {@code no-longer-applies}.
     */
    public record WorkingFit(String state, String currentText, List<WordDiff.Segment> change) {}

    public record CompiledClause(long clauseId, String label, String kind, String text, List<CommentView> comments) {}

    public record Compilation(long revisionId, String revisionLabel, List<CompiledClause> clauses) {
        public long count() {
            return clauses.stream().mapToLong(c -> c.comments().size()).sum();
        }
    }
}

package org.draftingdesk.draft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API and pages show of drafts and revisions. */
public final class DraftViews {

    private DraftViews() {}

    public record ClauseView(
            long id,
            String label,
            String kind,
            String text,
            String status,
            int version,
            OffsetDateTime updatedAt,
            String updatedBy,
            String heading,
            List<String> notes) {
        public ClauseView {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public ClauseView(
                long id,
                String label,
                String kind,
                String text,
                String status,
                int version,
                OffsetDateTime updatedAt,
                String updatedBy) {
            this(id, label, kind, text, status, version, updatedAt, updatedBy, null, List.of());
        }
    }

    public record DraftView(long processId, List<ClauseView> clauses, String intro) {
        public DraftView(long processId, List<ClauseView> clauses) {
            this(processId, clauses, null);
        }
    }

    public record RevisionSummary(
            long id,
            int sequence,
            String label,
            LocalDate date,
            String note,
            OffsetDateTime issuedAt,
            String issuedBy) {
        /** The id as {@code {rev}} names it in paths and queries. */
        public String ref() {
            return String.valueOf(id);
        }
    }

    public record RevisionView(
            long id,
            int sequence,
            String label,
            LocalDate date,
            String note,
            OffsetDateTime issuedAt,
            String issuedBy,
            List<ClauseView> clauses,
            String intro) {
        public RevisionView(
                long id,
                int sequence,
                String label,
                LocalDate date,
                String note,
                OffsetDateTime issuedAt,
                String issuedBy,
                List<ClauseView> clauses) {
            this(id, sequence, label, date, note, issuedAt, issuedBy, clauses, null);
        }
    }

    public record VersionView(
            int version,
            String action,
            String label,
            String kind,
            String text,
            String status,
            String reason,
            String author,
            OffsetDateTime at,
            List<WordDiff.Segment> changes) {}

    public record HistoryView(ClauseView clause, List<VersionView> versions) {}

    public record Change(
            long clauseId,
            String fromLabel,
            String toLabel,
            String kind,
            String change,
            boolean moved,
            String fromStatus,
            String toStatus,
            List<WordDiff.Segment> diff) {}

    public record Comparison(String from, String fromLabel, String to, String toLabel, List<Change> changes) {
        public long count(String change) {
            return changes.stream().filter(c -> c.change().equals(change)).count();
        }
    }
}

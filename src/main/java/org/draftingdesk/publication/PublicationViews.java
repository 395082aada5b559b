package org.draftingdesk.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What is public of a published revision: its text and coverage, nothing of comments or people. */
public final class PublicationViews {

    private PublicationViews() {}

    /** A revision's publication, for the co-facilitators who made it. */
    public record PublicationView(
            long revisionId,
            String label,
            Instant publishedAt,
            String publishedBy,
            String publicPage,
            String publicApi) {}

    public record PublicClause(
            long id, String label, String kind, String text, String status, String heading, List<String> notes) {}

    public record PublishedRevision(
            long processId,
            String processTitle,
            long id,
            String label,
            LocalDate date,
            Instant publishedAt,
            String intro,
            List<PublicClause> clauses) {}

    public record PublishedSummary(long id, String label, LocalDate date, Instant publishedAt) {}

    public record PublishedProcess(long id, String title, List<PublishedSummary> revisions) {}
}

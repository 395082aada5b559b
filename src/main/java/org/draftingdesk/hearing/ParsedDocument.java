package org.draftingdesk.hearing;

import java.util.List;

/** What the parser reads out of one document; offsets index the normalised text. */
public record ParsedDocument(
        String text,
        String firstHeading,
        List<ParsedTheme> themes,
        List<ParsedSection> sections,
        List<ParsedStatement> statements,
        List<ParsedPanel> panels) {

    public record ParsedTheme(
            int number, String title, int start, int end, List<ParsedRecommendation> recommendations) {}

    public record ParsedRecommendation(
            String text, String kind, String stakeholderGroup, String speaker, int paragraph, int start, int end) {}

    public record ParsedSection(String kind, String heading, String body, int start, int end) {}

    public record ParsedStatement(
            String sectionKind,
            String speaker,
            String role,
            String organisation,
            String callsFor,
            int start,
            int end) {}

    public record ParsedPanel(int number, String title, List<String> questions) {}

    public int recommendationCount() {
        return themes.stream().mapToInt(t -> t.recommendations().size()).sum();
    }
}

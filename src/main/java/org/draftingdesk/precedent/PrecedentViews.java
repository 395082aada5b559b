package org.draftingdesk.precedent;

import java.time.LocalDate;
import java.util.List;
import org.draftingdesk.draft.WordDiff;

/** What the API and pages show of the precedent library. */
public final class PrecedentViews {

    private PrecedentViews() {}

    public record PrecedentSummary(long id, String symbol, String title, LocalDate adopted, int paragraphCount) {}

    public record ParagraphView(String paragraph, String label, String text) {}

    public record PrecedentDetail(
            long id, String symbol, String title, LocalDate adopted, List<ParagraphView> paragraphs) {}

    /**
     * An earlier paragraph close to a clause: {@code paragraph} is its number as printed,
     * {@code label} the same as negotiators cite it ("OP12"); {@code diff} turns its words into
     * the clause's.
     */
    public record PrecedentMatch(
            String symbol,
            String paragraph,
            String label,
            LocalDate adopted,
            String text,
            double similarity,
            List<WordDiff.Segment> diff) {
        public int similarityPercent() {
            return (int) Math.round(similarity * 100);
        }
    }

    public record ClausePrecedents(
            long clauseId, String clauseLabel, double agreedShare, List<PrecedentMatch> precedents) {
        public int agreedPercent() {
            return (int) Math.round(agreedShare * 100);
        }
    }

    /** The short note beside a clause: "agreed 92% — A/RES/76/7 OP12". */
    public record Badge(double agreedShare, String symbol, String label, double similarity) {
        public int percent() {
            return (int) Math.round(agreedShare * 100);
        }

        public String text() {
            return "agreed " + percent() + "% — " + symbol + " " + label;
        }
    }
}

package org.draftingdesk.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.document.Block;
import org.draftingdesk.document.Dropped;
import org.draftingdesk.document.RecoveredDocument;

/**
 * Reads a declaration or a draft out of a recovered document. The body is the longest run of
 * paragraphs numbered 1, 2, 3 … (operative paragraphs, labelled as printed); headings between them
 * are kept as the heading of the paragraph they introduce; sub-paragraphs and text cut off by the
 * layout stay in their paragraph. Before the body, the title is dropped, a closing formula such as
 * "We, Heads of State and Government …:" is the draft's introductory text, and other unnumbered
 * paragraphs are preambular; a cover resolution before an annex is wrapper text. Drafts written as
 * {@code OP1: …}/{@code PP1: …} lines are read as written.
 */
public final class DeclarationReader {

    public record Paragraph(String kind, String label, String text, String heading, List<String> notes) {
        public Paragraph {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    public record Declaration(String intro, List<Paragraph> paragraphs, List<Dropped> dropped) {}

    private static final Pattern LABELLED =
            Pattern.compile("(?m)^\\s*(?:PP|OP)\\s*\\d+[a-z]*\\s*[:.)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})[.)]\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern ANNEX = Pattern.compile("annex(?:\\s+[IVX\\d]+)?\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB_PARAGRAPH =
            Pattern.compile("\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)\\s.*|[\u2022\u25AA\u2013\\-]\\s.*", Pattern.DOTALL);
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[.,;:][\"'\u201D\u2019)\\]]*$");
    private static final Pattern PARTICIPLE =
            Pattern.compile("(?:[A-Z][a-z]+ly |Also |Further )?[A-Z][a-z]+(?:ing|ed)\\b.*", Pattern.DOTALL);

    private DeclarationReader() {}

    public static Declaration read(RecoveredDocument document) {
        if (document.verbatim() != null && LABELLED.matcher(document.verbatim()).find()) {
            List<Paragraph> paragraphs = DraftTextParser.parse(document.verbatim()).stream()
                    .map(p -> new Paragraph(p.kind(), p.label(), p.text(), null, List.of()))
                    .toList();
            return new Declaration(null, paragraphs, document.dropped());
        }
        List<Block> blocks = document.blocks();
        int[] run = longestNumberedRun(blocks);
        if (run == null) {
            List<Paragraph> paragraphs = DraftTextParser.parse(document.text()).stream()
                    .map(p -> new Paragraph(p.kind(), p.label(), p.text(), null, List.of()))
                    .toList();
            return new Declaration(null, paragraphs, document.dropped());
        }
        List<Dropped> dropped = new ArrayList<>(document.dropped());
        int bodyStart = run[0];

        int regionStart = 0;
        for (int i = bodyStart - 1; i >= 0; i--) {
            if (ANNEX.matcher(blocks.get(i).text().strip()).matches()) {
                regionStart = i + 1;
                break;
            }
        }
        int lastHeading = regionStart - 1;
        for (int i = bodyStart - 1; i >= regionStart; i--) {
            if (blocks.get(i).isHeading()
                    || !ENDS_CLAUSE.matcher(blocks.get(i).text()).find()) {
                lastHeading = i;
                break;
            }
        }
        List<Block> preamble = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            Block b = blocks.get(i);
            boolean candidate = i > lastHeading
                    && !b.isHeading()
                    && ENDS_CLAUSE.matcher(b.text()).find();
            if (candidate) {
                preamble.add(b);
            } else {
                dropped.add(new Dropped(b.text(), Dropped.WRAPPER));
            }
        }
        String intro = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        if (!preamble.isEmpty()) {
            Block first = preamble.get(0);
            boolean formula = first.text().endsWith(":") || first.text().endsWith(",");
            if (formula
                    && (preamble.size() == 1
                            || !PARTICIPLE.matcher(first.text()).matches())) {
                intro = first.text();
                preamble.remove(0);
            }
            int pp = 0;
            for (Block b : preamble) {
                paragraphs.add(new Paragraph("PP", "PP" + (++pp), b.text(), null, b.notes()));
            }
        }

        String pendingHeading = null;
        int expected = run[1];
        Paragraph current = null;
        List<String> trailing = new ArrayList<>();
        for (int i = bodyStart; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Matcher numbered = NUMBERED.matcher(b.text());
            if (numbered.matches() && Integer.parseInt(numbered.group(1)) == expected && !b.isHeading()
                    || numbered.matches() && Integer.parseInt(numbered.group(1)) == expected && i == bodyStart) {
                trailing.clear();
                if (current != null) {
                    paragraphs.add(current);
                }
                current = new Paragraph("OP", "OP" + expected, numbered.group(2).strip(), pendingHeading, b.notes());
                pendingHeading = null;
                expected++;
            } else if (b.isHeading() && !numbered.matches()) {
                pendingHeading = pendingHeading == null ? b.text() : pendingHeading + " " + b.text();
                trailing.add(b.text());
            } else if (current != null) {
                if (pendingHeading != null) {
                    // A "heading" followed by text that is not a new paragraph was a cut line of it.
                    current = append(current, pendingHeading, List.of());
                    pendingHeading = null;
                    trailing.clear();
                }
                current = append(current, b.text(), b.notes());
            }
        }
        if (current != null) {
            paragraphs.add(current);
        }
        for (String t : trailing) {
            dropped.add(new Dropped(t, Dropped.WRAPPER));
        }
        return new Declaration(intro, paragraphs, dropped);
    }

    private static Paragraph append(Paragraph p, String text, List<String> notes) {
        List<String> all = new ArrayList<>(p.notes());
        all.addAll(notes);
        return new Paragraph(p.kind(), p.label(), p.text() + " " + text.strip(), p.heading(), all);
    }

    /** Start index and first number of the longest run of blocks numbered n, n+1, n+2 … */
    private static int[] longestNumberedRun(List<Block> blocks) {
        int[] best = null;
        int bestLength = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = NUMBERED.matcher(blocks.get(i).text());
            if (!m.matches()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int expected = first + 1;
            int length = 1;
            for (int j = i + 1; j < blocks.size(); j++) {
                Matcher n = NUMBERED.matcher(blocks.get(j).text());
                if (n.matches() && Integer.parseInt(n.group(1)) == expected) {
                    expected++;
                    length++;
                }
            }
            if (length > bestLength || length == bestLength && first == 1 && best != null && best[1] != 1) {
                best = new int[] {i, first};
                bestLength = length;
            }
        }
        return best;
    }
}

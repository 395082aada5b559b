package org.draftingdesk.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.document.Block.Kind;
import org.draftingdesk.document.Line.Style;

/**
 * Turns the lines of a paged document (a PDF, or text copied out of one) back into blocks, from the
 * document's own evidence: lines repeated at page edges, page numbers, symbols and print marks are
 * furniture; the block under a rule at a page bottom holds footnotes, whose reference digits are
 * taken out of the text and kept as notes of their paragraph; hard-wrapped lines are joined into
 * paragraphs, words hyphenated at a line end mended where the whole word is known; short lines
 * without final punctuation that open a block are headings.
 */
final class LayoutRecovery {

    private static final Pattern NUMBER_ONLY = Pattern.compile("\\(?\\d{1,3}[.)]?|\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)");
    private static final Pattern NUMBERED_START = Pattern.compile("\\d{1,3}[.)]\\s+\\S.*");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)\\s*\\S.*");
    private static final Pattern BULLET = Pattern.compile("[\u2022\u25AA\u25E6\u25CF\u2023\u2043\u2013*\\-]\\s+\\S.*");
    private static final Pattern TERMINAL = Pattern.compile("[.!?;:][\"'\u201D\u2019)\\]]*$");
    private static final Pattern NOTE_START = Pattern.compile("(\\d{1,3}(?!\\d)|\\*{1,3})\\s*(\\S.*)");
    private static final char MARK_OPEN = '\uE000';
    private static final char MARK_CLOSE = '\uE001';
    private static final Pattern MARK = Pattern.compile("\\s*" + MARK_OPEN + "(\\d{1,3})" + MARK_CLOSE);

    private final Words dictionary;
    private final List<Dropped> dropped = new ArrayList<>();
    private final Map<Integer, String> notes = new HashMap<>();
    private final Set<String> documentWords = new HashSet<>();
    private double typicalLength;
    private boolean numberedHeadings = true;

    private LayoutRecovery(Words dictionary) {
        this.dictionary = dictionary;
    }

    static RecoveredDocument recover(DocumentFormat format, List<List<Line>> pages, Words dictionary) {
        LayoutRecovery recovery = new LayoutRecovery(dictionary);
        List<Block> blocks = recovery.run(pages);
        return new RecoveredDocument(format, blocks, recovery.dropped);
    }

    private List<Block> run(List<List<Line>> rawPages) {
        List<List<Line>> pages = rawPages.size() == 1 ? inferPages(rawPages.get(0)) : copy(rawPages);
        trimEdges(pages);
        List<List<Line>> bodies = new ArrayList<>();
        for (List<Line> page : pages) {
            bodies.add(takeFootnotes(page));
        }
        for (List<Line> page : bodies) {
            for (Line line : page) {
                // Words as written inside lines, hyphenated compounds included ("non-governmental").
                for (String w : line.text().split("[^\\p{L}-]+")) {
                    String word = w.replaceAll("^-+|-+$", "");
                    if (word.length() > 2) {
                        documentWords.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        typicalLength = typicalLength(bodies);
        for (List<Line> page : bodies) {
            page.replaceAll(this::restoreHyphens);
        }
        List<Block> blocks = assemble(bodies);
        // Where most numbered blocks are long paragraphs (a declaration), a short numbered line is
        // the first line of a paragraph, not a heading such as a hearing summary's "3. Title".
        long numbered = blocks.stream()
                .filter(b -> NUMBERED_START.matcher(b.text()).matches())
                .count();
        long long_ = blocks.stream()
                .filter(b ->
                        NUMBERED_START.matcher(b.text()).matches() && b.text().length() > 250)
                .count();
        if (numbered >= 4 && long_ * 2 > numbered) {
            numberedHeadings = false;
            blocks = assemble(bodies);
        }
        return blocks;
    }

    private static List<List<Line>> copy(List<List<Line>> pages) {
        List<List<Line>> out = new ArrayList<>();
        for (List<Line> p : pages) {
            out.add(new ArrayList<>(p));
        }
        return out;
    }

    // --- pages and furniture

    /**
     * Text without page breaks: where a page number stands with the header or footer around it,
     * a page ends; the whole group is furniture.
     */
    private List<List<Line>> inferPages(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            if (!l.isBlank()) {
                counts.merge(Furniture.normalised(l.text()), 1, Integer::sum);
            }
        }
        List<List<Line>> pages = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int i = 0;
        int page = 1;
        while (i < lines.size()) {
            if (!Furniture.isPageNumber(lines.get(i).text())) {
                current.add(lines.get(i));
                i++;
                continue;
            }
            int from = i;
            while (from > 0 && groupable(lines.get(from - 1), counts)) {
                from--;
            }
            int to = i + 1;
            while (to < lines.size() && groupable(lines.get(to), counts)) {
                to++;
            }
            // Lines already taken into the current page belong to the furniture group.
            int keep = current.size() - (i - from);
            for (int k = from; k < to; k++) {
                if (!lines.get(k).isBlank()) {
                    dropped.add(new Dropped(lines.get(k).text().strip(), Dropped.FURNITURE));
                }
            }
            current = new ArrayList<>(current.subList(0, Math.max(0, keep)));
            pages.add(renumber(current, page++));
            current = new ArrayList<>();
            i = to;
        }
        pages.add(renumber(current, page));
        return pages;
    }

    private static List<Line> renumber(List<Line> lines, int page) {
        List<Line> out = new ArrayList<>();
        boolean first = true;
        for (Line l : lines) {
            out.add(new Line(l.text(), page, !first && l.gapBefore(), l.indented(), l.style()));
            first = false;
        }
        return out;
    }

    /** Blank, a furniture token, or a short line repeated elsewhere (a running header's title). */
    private static boolean groupable(Line line, Map<String, Integer> counts) {
        if (line.isBlank() || Furniture.isAnchor(line.text())) {
            return true;
        }
        String t = line.text().strip();
        return t.length() <= 120
                && counts.getOrDefault(Furniture.normalised(t), 0) >= 2
                && !TERMINAL.matcher(t).find()
                && !NOTE_START.matcher(t).matches()
                && !Furniture.isRule(t)
                && !startsBlock(t);
    }

    /** Lines at the top and bottom of pages that are page numbers, marks, or repeat across pages. */
    private void trimEdges(List<List<Line>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<Line> page : pages) {
            Set<String> seen = new HashSet<>();
            List<Line> text = page.stream().filter(l -> !l.isBlank()).toList();
            for (int k = 0; k < Math.min(3, text.size()); k++) {
                seen.add(Furniture.normalised(text.get(k).text()));
                seen.add(Furniture.normalised(text.get(text.size() - 1 - k).text()));
            }
            seen.forEach(s -> edgeCounts.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * 0.3));
        for (List<Line> page : pages) {
            for (int guard = 0; guard < 6; guard++) {
                int top = firstText(page);
                if (top < 0 || !edgeFurniture(page.get(top), edgeCounts, needed, pages.size())) {
                    break;
                }
                dropped.add(new Dropped(page.remove(top).text().strip(), Dropped.FURNITURE));
            }
            for (int guard = 0; guard < 6; guard++) {
                int bottom = lastText(page);
                if (bottom < 0 || !edgeFurniture(page.get(bottom), edgeCounts, needed, pages.size())) {
                    break;
                }
                dropped.add(new Dropped(page.remove(bottom).text().strip(), Dropped.FURNITURE));
            }
            // Print marks carry no text wherever they stand.
            page.removeIf(l -> {
                if (!l.isBlank() && Furniture.isPrintMark(l.text())) {
                    dropped.add(new Dropped(l.text().strip(), Dropped.FURNITURE));
                    return true;
                }
                return false;
            });
        }
    }

    private static boolean edgeFurniture(Line line, Map<String, Integer> edgeCounts, int needed, int pageCount) {
        String t = line.text();
        if (Furniture.isAnchor(t) || pageCount > 1 && Furniture.isBarePageNumber(t)) {
            return true;
        }
        String s = t.strip();
        boolean textLike = TERMINAL.matcher(s).find()
                || NOTE_START.matcher(s).matches() && Character.isDigit(s.charAt(0))
                || Furniture.isRule(s)
                || startsBlock(s);
        return pageCount > 1
                && !textLike
                && s.length() <= 160
                && edgeCounts.getOrDefault(Furniture.normalised(t), 0) >= needed;
    }

    private static int firstText(List<Line> page) {
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastText(List<Line> page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (!page.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    // --- footnotes

    /**
     * The block under a rule at the bottom of a page (or, where type sizes are known, the small
     * numbered lines that end it) holds footnotes. Returns the page's body with each reference to a
     * note of that page replaced by a marker.
     */
    private List<Line> takeFootnotes(List<Line> page) {
        int rule = -1;
        for (int i = page.size() - 1; i >= 0; i--) {
            if (Furniture.isRule(page.get(i).text())) {
                rule = i;
                break;
            }
        }
        int notesFrom = rule;
        if (rule < 0) {
            int i = page.size();
            while (i > 0 && (page.get(i - 1).isBlank() || page.get(i - 1).style() == Style.SMALL)) {
                i--;
            }
            if (i < page.size()
                    && i > 0
                    && page.subList(i, page.size()).stream()
                            .filter(l -> !l.isBlank())
                            .findFirst()
                            .map(l -> NOTE_START.matcher(l.text().strip()).matches())
                            .orElse(false)) {
                notesFrom = i - 1;
            }
        }
        if (notesFrom < 0) {
            return page;
        }
        List<Integer> numbers = new ArrayList<>();
        Integer current = null;
        for (int i = notesFrom + (rule >= 0 ? 0 : 1); i < page.size(); i++) {
            String t = page.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            dropped.add(new Dropped(t, Dropped.FOOTNOTE));
            if (Furniture.isRule(t)) {
                continue;
            }
            Matcher m = NOTE_START.matcher(t);
            if (m.matches() && Character.isDigit(m.group(1).charAt(0))) {
                current = Integer.parseInt(m.group(1));
                numbers.add(current);
                notes.put(current, m.group(2).strip());
            } else if (current != null) {
                notes.put(current, notes.get(current) + " " + t);
            } else if (!notes.isEmpty()) {
                // A note carried over from the previous page.
                int last = notes.keySet().stream().max(Integer::compare).orElseThrow();
                notes.put(last, notes.get(last) + " " + t);
            }
        }
        List<Line> body = new ArrayList<>(page.subList(0, notesFrom + (rule >= 0 ? 0 : 1)));
        removeReferences(body, numbers);
        return body;
    }

    /** Each note's reference digits, in order on the page, glued to a word or set apart by a space. */
    private static void removeReferences(List<Line> body, List<Integer> numbers) {
        int lineAt = 0;
        int charAt = 0;
        for (int n : numbers) {
            Pattern ref = Pattern.compile("(?:(?<=\\p{L}{2}[.,;:)\\]\u201D\u2019\"]?)" + n + "(?!\\d))"
                    + "|(?:(?<=\\p{L}{2}[,;:\u201D\u2019\"]?)\\s+" + n + "(?=\\s+\\p{Ll}|\\s*[,.;:]|\\s*$))"
                    + "|(?:(?<=\\p{L}{2}[.;:][\u201D\u2019\"]?)\\s+" + n + "(?=\\s+\\p{Lu}|\\s*$))");
            boolean found = false;
            for (int i = lineAt; i < body.size() && !found; i++) {
                Line line = body.get(i);
                Matcher m = ref.matcher(line.text());
                if (m.find(i == lineAt ? Math.min(charAt, line.text().length()) : 0)) {
                    int end = m.end();
                    boolean glued = m.group().charAt(0) != ' '
                            && !Character.isWhitespace(m.group().charAt(0));
                    if (glued
                            && end < line.text().length()
                            && Character.isLetterOrDigit(line.text().charAt(end))) {
                        continue;
                    }
                    String marked = line.text().substring(0, m.start())
                            + MARK_OPEN
                            + n
                            + MARK_CLOSE
                            + line.text().substring(end);
                    body.set(i, new Line(marked, line.page(), line.gapBefore(), line.indented(), line.style()));
                    lineAt = i;
                    charAt = m.start() + String.valueOf(n).length() + 2;
                    found = true;
                }
            }
        }
    }

    // --- paragraphs

    private static double typicalLength(List<List<Line>> pages) {
        int[] lengths = pages.stream()
                .flatMap(List::stream)
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.text().strip().length())
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return 80;
        }
        return Math.max(20, lengths[(int) Math.floor(lengths.length * 0.8)]);
    }

    private boolean isShort(String line, double share) {
        return line.strip().length() < typicalLength * share;
    }

    private static boolean terminal(String line) {
        return TERMINAL.matcher(MARK.matcher(line.strip()).replaceAll("")).find();
    }

    private static boolean startsBlock(String t) {
        return NUMBERED_START.matcher(t).matches()
                || NUMBER_ONLY.matcher(t).matches()
                || SUB_PARAGRAPH.matcher(t).matches()
                || BULLET.matcher(t).matches();
    }

    private List<Block> assemble(List<List<Line>> pages) {
        // The text lines in reading order, each knowing whether a blank line stood before it on its page.
        List<Line> lines = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        for (List<Line> page : pages) {
            boolean gap = false;
            for (Line line : page) {
                if (line.isBlank()) {
                    gap = !lines.isEmpty() && lines.get(lines.size() - 1).page() == line.page();
                    continue;
                }
                lines.add(line);
                gaps.add(gap);
                gap = false;
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean gap = gaps.get(i);
            if (!current.isEmpty() && breaksBefore(current, lines.get(i - 1), line, next, gap)) {
                blocks.add(block(current));
                current = new ArrayList<>();
            }
            current.add(
                    new Line(line.text().strip(), line.page(), gap || line.gapBefore(), line.indented(), line.style()));
        }
        if (!current.isEmpty()) {
            blocks.add(block(current));
        }
        return blocks;
    }

    private boolean breaksBefore(List<Line> current, Line previous, Line line, Line next, boolean gap) {
        String t = line.text().strip();
        String p = previous.text().strip();
        boolean numberOnly = current.size() == 1
                && NUMBER_ONLY.matcher(current.get(0).text()).matches();
        if (numberOnly) {
            return false;
        }
        if (startsBlock(t)) {
            return true;
        }
        boolean samePage = previous.page() == line.page();
        boolean lowerStart = Character.isLowerCase(t.codePointAt(0));
        if (samePage && (gap || line.gapBefore() || line.indented())) {
            return !(lowerStart && !terminal(p)) || gap;
        }
        if (line.style() != Style.UNKNOWN
                && previous.style() != Style.UNKNOWN
                && (line.style() == Style.HEADING) != (previous.style() == Style.HEADING)) {
            return true;
        }
        if (lowerStart) {
            return false;
        }
        if (samePage && line.style() == Style.HEADING && previous.style() == Style.HEADING) {
            return terminal(p);
        }
        if (terminal(p)) {
            return isShort(p, 0.8) || standsAlone(line, next);
        }
        return headingSoFar(current)
                && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    /**
     * A short line without final punctuation, after a sentence has ended and before a line that
     * opens a block or a sentence, is a heading of its own ("Key messages").
     */
    private boolean standsAlone(Line line, Line next) {
        String t = line.text().strip();
        if (terminal(t) || t.endsWith(",") || !isShort(t, 0.75)) {
            return false;
        }
        if (next == null) {
            return true;
        }
        String n = next.text().strip();
        return startsBlock(n) || Character.isUpperCase(n.codePointAt(0)) || Character.isDigit(n.codePointAt(0));
    }

    /** The block read so far is a heading: one or two short lines without final punctuation. */
    private boolean headingSoFar(List<Line> current) {
        if (current.size() > 2) {
            return false;
        }
        String first = current.get(0).text();
        String last = current.get(current.size() - 1).text();
        int length = current.stream().mapToInt(l -> l.text().length()).sum();
        if (length > 250 || terminal(last) || last.endsWith(",") || Character.isLowerCase(first.codePointAt(0))) {
            return false;
        }
        if (current.get(0).style() == Style.HEADING) {
            return true;
        }
        boolean numbered = NUMBERED_START.matcher(first).matches();
        if (numbered && !numberedHeadings) {
            return false;
        }
        if (current.size() == 2) {
            return numbered && isShort(last, 0.8);
        }
        return isShort(last, 0.75) || numbered && isShort(last, 0.92);
    }

    private Block block(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            String t = line.text();
            if (text.length() == 0) {
                text.append(t);
            } else {
                join(text, t);
            }
        }
        String joined = text.toString()
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t]+", " ")
                .strip();
        List<String> refs = new ArrayList<>();
        Matcher m = MARK.matcher(joined);
        while (m.find()) {
            String note = notes.get(Integer.parseInt(m.group(1)));
            if (note != null) {
                refs.add(note);
            }
        }
        joined = MARK.matcher(joined).replaceAll("").replaceAll(" {2,}", " ").strip();
        Kind kind;
        if (SUB_PARAGRAPH.matcher(joined).matches() || BULLET.matcher(joined).matches()) {
            kind = Kind.LIST_ITEM;
        } else if (lines.get(0).style() == Style.HEADING && lines.size() <= 4 && !terminal(joined)
                || lines.size() <= 2
                        && headingSoFar(lines)
                        && !NUMBER_ONLY.matcher(lines.get(0).text()).matches()
                        && joined.length() <= 250) {
            kind = Kind.HEADING;
        } else {
            kind = Kind.PARAGRAPH;
        }
        return new Block(kind, joined, refs, lines.get(0).page());
    }

    /** Joins a wrapped line: a word hyphenated at the line end is mended where the whole word is known. */
    private void join(StringBuilder text, String next) {
        int len = text.length();
        char last = text.charAt(len - 1);
        if (last == '\u00AD') {
            text.setLength(len - 1);
            text.append(next);
            return;
        }
        if (NUMBER_ONLY.matcher(text).matches()) {
            text.append(' ').append(next);
            return;
        }
        if (last == '-'
                && len >= 2
                && Character.isLetter(text.charAt(len - 2))
                && !next.isEmpty()
                && Character.isLowerCase(next.codePointAt(0))) {
            int wordStart = len - 1;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String head = text.substring(wordStart, len - 1);
            Matcher tail = Pattern.compile("^\\p{L}+").matcher(next);
            String rest = tail.find() ? tail.group() : "";
            String whole = (head + rest).toLowerCase(Locale.ROOT);
            String compound = (head + "-" + rest).toLowerCase(Locale.ROOT);
            text.setLength(len - 1);
            // The document's own spelling wins; the dictionary decides only where the document is silent.
            boolean mend =
                    !documentWords.contains(compound) && (documentWords.contains(whole) || dictionary.contains(whole));
            if (!mend) {
                text.append('-');
            }
            text.append(next);
            return;
        }
        text.append(' ').append(next);
    }

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Ll}{7,}(?![\\p{L}-])");

    /**
     * Text tools such as pdftotext join the lines of a paragraph they could not wrap (a line far
     * longer than the page's) and drop the hyphen of a word cut at a line end, so a compound
     * ("non-conditional") arrives as one word no dictionary knows ("nonconditional"). In such lines
     * a word gets its hyphen back where the document writes it hyphenated elsewhere, or where it is
     * two known words. Lines of normal length are left as printed.
     */
    private Line restoreHyphens(Line line) {
        if (line.text().length() < typicalLength * 1.5) {
            return line;
        }
        Matcher m = LOWER_WORD.matcher(line.text());
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            String hyphenated = dictionary.contains(word) ? null : hyphenated(word);
            m.appendReplacement(out, Matcher.quoteReplacement(hyphenated == null ? word : hyphenated));
            changed |= hyphenated != null;
        }
        if (!changed) {
            return line;
        }
        m.appendTail(out);
        return new Line(out.toString(), line.page(), line.gapBefore(), line.indented(), line.style());
    }

    private String hyphenated(String word) {
        String best = null;
        for (int i = 2; i <= word.length() - 3; i++) {
            String head = word.substring(0, i);
            String tail = word.substring(i);
            String candidate = head + "-" + tail;
            if (documentWords.contains(candidate)) {
                return candidate;
            }
            if (best == null
                    && head.length() >= 2
                    && dictionary.contains(head)
                    && dictionary.contains(tail)
                    && (head.length() >= 3 || tail.length() >= 6)) {
                best = candidate;
            }
        }
        return best;
    }

    /** For tests and diagnostics: the lengths the paragraph rules compare with. */
    double typicalLineLength() {
        return typicalLength;
    }

    static List<String> split(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}

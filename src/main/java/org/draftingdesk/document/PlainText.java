package org.draftingdesk.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text as people paste or export it. Tidy text (paragraphs on their own lines, or separated by
 * blank lines) is kept as written; text copied out of a PDF (form feeds between pages, or lines
 * hard-wrapped at a column with no blank line between paragraphs) goes through layout recovery.
 */
final class PlainText {

    private PlainText() {}

    static String normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text;
    }

    /** Form feeds, or short lines running on without blank lines between paragraphs. */
    static boolean isPaged(String text) {
        if (text.indexOf('\f') >= 0) {
            return true;
        }
        List<String> lines = Arrays.asList(text.split("\n"));
        int[] lengths = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.strip().length())
                .sorted()
                .toArray();
        if (lengths.length < 8) {
            return false;
        }
        int runs = 0;
        boolean previous = false;
        for (String line : lines) {
            boolean text1 = !line.isBlank();
            if (text1 && !previous) {
                runs++;
            }
            previous = text1;
        }
        double meanRun = (double) lengths.length / runs;
        // Wrapped at a column: even the long lines are short. A paragraph a line has long lines.
        return lengths[lengths.length / 2] <= 110 && lengths[(int) (lengths.length * 0.8)] <= 140 && meanRun >= 2.5;
    }

    /** Tidy text whose paragraphs follow each other without blank lines gets one between them. */
    static String spaced(String text) {
        String[] lines = text.split("\n", -1);
        long blank = Arrays.stream(lines).filter(String::isBlank).count();
        long nonBlank = lines.length - blank;
        if (nonBlank < 5 || blank > nonBlank * 0.05) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                boolean tableRows = line.indexOf('\t') >= 0 && lines[i - 1].indexOf('\t') >= 0;
                out.append(tableRows ? "\n" : "\n\n");
            }
            out.append(line);
        }
        return out.append('\n').toString();
    }

    /** A short line without final punctuation that does not start in lower case. */
    static boolean looksLikeHeading(String line) {
        return line.length() <= 120
                && !Character.isLowerCase(line.codePointAt(0))
                && line.indexOf('\t') < 0
                && !line.matches(".*[.,;:!?][\"'\u201D\u2019)\\]]*$");
    }

    /** Pages split at form feeds; blank lines are kept as blank lines. */
    static List<List<Line>> pages(String text) {
        List<List<Line>> pages = new ArrayList<>();
        int number = 1;
        for (String page : text.split("\f", -1)) {
            List<Line> lines = new ArrayList<>();
            for (String raw : page.split("\n", -1)) {
                lines.add(
                        Line.plain(raw.replace('\u00A0', ' ').replace('\t', ' ').stripTrailing(), number, false));
            }
            if (lines.stream().anyMatch(l -> !l.isBlank()) || pages.isEmpty()) {
                pages.add(lines);
                number++;
            }
        }
        return pages;
    }

    /** Blocks of tidy text: each run of lines between blank lines, or each line when there are none. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : spaced(text).split("\n\\s*\n")) {
            String t = chunk.strip();
            if (t.isEmpty()) {
                continue;
            }
            for (String line : t.split("\n")) {
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                String heading = s.replaceFirst("^#{1,6}\\s+", "").replaceAll("^\\*\\*(.*)\\*\\*$", "$1");
                boolean marked = !heading.equals(s);
                blocks.add(Block.of(
                        marked || looksLikeHeading(s) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, heading.strip()));
            }
        }
        return blocks;
    }
}

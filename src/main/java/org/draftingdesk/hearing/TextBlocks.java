package org.draftingdesk.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts converted text into blocks (headings, body paragraphs, tables) whatever its markup, and
 * mends paragraphs that a page break cut in two.
 */
final class TextBlocks {

    enum Kind {
        HEADING,
        BODY,
        TABLE
    }

    /** A block: its kind, its clean text, and where it stands in the normalised source. */
    record Block(Kind kind, String text, int start, int end, boolean marked) {
        Block withEnd(String joinedText, int newEnd) {
            return new Block(kind, joinedText, start, newEnd, marked);
        }
    }

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*[:.]?\\s*$");
    private static final Pattern HTML_HEADING =
            Pattern.compile("^\\s*<h[1-6][^>]*>(.*?)</h[1-6]>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:p|ul|li|ol|b|i|sup|sub|br|div|span|table|tr|td|strong|em)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^)]*)\\)");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;][\"”’')\\]]*$");

    private TextBlocks() {}

    /** Line endings to LF, no byte-order mark, no trailing spaces at the very end. */
    static String normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text;
    }

    static List<Block> blocks(String text) {
        List<int[]> lines = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int newline = text.indexOf('\n', at);
            int end = newline < 0 ? text.length() : newline;
            lines.add(new int[] {at, end});
            if (newline < 0) {
                break;
            }
            at = newline + 1;
        }
        List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        String previousLine = null;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            int lineStart = lines.get(i)[0];
            String line = text.substring(lineStart, lines.get(i)[1]);
            String marked = markedHeading(line);
            String next = i + 1 < lines.size() ? text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]) : null;
            boolean ownLine = marked == null && !line.isBlank() && standsAlone(line, previousLine, next);
            if (line.isBlank() || marked != null || ownLine) {
                if (blockStart >= 0) {
                    blocks.add(unmarked(current.toString(), blockStart, blockEnd));
                    current.setLength(0);
                    blockStart = -1;
                }
                int leading = line.length() - line.stripLeading().length();
                if (marked != null && !marked.isBlank()) {
                    blocks.add(new Block(
                            Kind.HEADING,
                            marked,
                            lineStart + leading,
                            lineStart + line.stripTrailing().length(),
                            true));
                } else if (ownLine) {
                    blocks.add(unmarked(
                            line,
                            lineStart + leading,
                            lineStart + line.stripTrailing().length()));
                }
                previousLine = null;
            } else {
                if (blockStart < 0) {
                    blockStart =
                            lineStart + (line.length() - line.stripLeading().length());
                } else {
                    current.append('\n');
                }
                current.append(line);
                blockEnd = lineStart + line.stripTrailing().length();
                previousLine = line;
            }
        }
        if (blockStart >= 0) {
            blocks.add(unmarked(current.toString(), blockStart, blockEnd));
        }
        return mendPageBreaks(blocks);
    }

    /**
     * A short line without final punctuation that opens a paragraph and is followed by a line
     * starting a sentence is a heading written without a blank line after it ("1. Data").
     */
    private static boolean standsAlone(String line, String previousInBlock, String next) {
        if (next == null || next.isBlank() || line.indexOf('\t') >= 0) {
            return false;
        }
        if (previousInBlock != null && !endsSentence(clean(previousInBlock))) {
            return false;
        }
        String text = clean(line);
        String following = next.strip();
        return text.length() <= 150
                && looksLikePlainHeading(text)
                && !following.isEmpty()
                && (Character.isUpperCase(following.codePointAt(0))
                        || following.startsWith("#")
                        || Character.isDigit(following.codePointAt(0)));
    }

    /** The heading text of a line marked as a heading (#, bold, html), or null. */
    static String markedHeading(String line) {
        Matcher m = MARKDOWN_HEADING.matcher(line);
        if (m.matches()) {
            return clean(m.group(1));
        }
        m = HTML_HEADING.matcher(line);
        if (m.matches()) {
            return clean(m.group(1));
        }
        m = BOLD_LINE.matcher(line);
        if (m.matches() && !m.group(1).contains("**")) {
            return clean(m.group(1));
        }
        return null;
    }

    private static Block unmarked(String raw, int start, int end) {
        String trimmed = raw.strip();
        if (trimmed.indexOf('\t') >= 0 || HTML_TAG.matcher(trimmed).find()) {
            return new Block(Kind.TABLE, trimmed, start, end, false);
        }
        String text = clean(trimmed.replace('\n', ' '));
        boolean singleLine = trimmed.indexOf('\n') < 0;
        if (singleLine && looksLikePlainHeading(text)) {
            return new Block(Kind.HEADING, text, start, end, false);
        }
        return new Block(Kind.BODY, text, start, end, false);
    }

    static boolean looksLikePlainHeading(String text) {
        if (text.isEmpty() || text.length() > 200 || Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        if (endsSentence(text) || text.endsWith(",")) {
            return false;
        }
        return text.split("\\s+").length <= 30;
    }

    static boolean endsSentence(String text) {
        return TERMINAL.matcher(text).find();
    }

    /**
     * A body paragraph that stops mid-sentence continues in the next body paragraph when that one
     * starts in lower case, or when the cut paragraph is clearly prose (long) rather than a label.
     */
    private static List<Block> mendPageBreaks(List<Block> blocks) {
        List<Block> mended = new ArrayList<>();
        for (Block block : blocks) {
            Block previous = mended.isEmpty() ? null : mended.get(mended.size() - 1);
            boolean cutLabel = previous != null
                    && previous.kind() == Kind.HEADING
                    && !previous.marked()
                    && startsLowerCase(block)
                    && block.kind() != Kind.TABLE
                    && !block.marked();
            if (cutLabel) {
                // What looked like a heading was the first half of a paragraph cut by a page break.
                mended.set(
                        mended.size() - 1,
                        new Block(
                                Kind.BODY, previous.text() + " " + block.text(), previous.start(), block.end(), false));
                continue;
            }
            boolean continuation = previous != null
                    && previous.kind() == Kind.BODY
                    && !endsSentence(previous.text())
                    && (block.kind() == Kind.BODY
                            || startsLowerCase(block) && block.kind() != Kind.TABLE && !block.marked())
                    && (startsLowerCase(block) || previous.text().length() >= 120);
            if (continuation) {
                mended.set(mended.size() - 1, previous.withEnd(previous.text() + " " + block.text(), block.end()));
            } else if (block.kind() == Kind.HEADING && !block.marked() && startsLowerCase(block)) {
                mended.add(new Block(Kind.BODY, block.text(), block.start(), block.end(), false));
            } else {
                mended.add(block);
            }
        }
        return mended;
    }

    private static boolean startsLowerCase(Block block) {
        return !block.text().isEmpty() && Character.isLowerCase(block.text().codePointAt(0));
    }

    /** Text without markup: no emphasis markers, links reduced to their words, single spaces. */
    static String clean(String text) {
        String s = LINK.matcher(text).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = s.replace("**", "").replace("__", "");
        s = s.replaceAll("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)\\*(?![\\w*])", "$1");
        s = s.replaceAll("^#+\\s*", "");
        s = s.replace('\u00A0', ' ');
        s = s.replaceAll("[ \\t]+", " ");
        s = s.replaceAll(" ?\\n ?", "\n");
        return s.strip();
    }
}

package org.draftingdesk.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence boundaries in English prose, aware of the abbreviations UN documents use. */
final class Sentences {

    record Span(int start, int end) {}

    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"”’')\\]]*\\s+(?=[\\p{Lu}“\"(\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "ms", "mrs", "dr", "prof", "h.e", "e.g", "i.e", "etc", "no", "st", "u.s", "u.k", "vs", "jr", "sr",
            "inc", "ltd", "co", "op", "para", "art", "vol", "cf", "approx", "a.m", "p.m", "al");

    private Sentences() {}

    /** Sentence spans of {@code text} between {@code from} and {@code to}, trimmed. */
    static List<Span> split(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            int dot = m.start();
            if (isAbbreviation(text, start, dot)) {
                continue;
            }
            int end = dot + 1;
            while (end < m.end() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            add(spans, text, start, end);
            start = m.end();
        }
        add(spans, text, start, to);
        return spans;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase();
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        // Initials such as "J." in a name.
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}

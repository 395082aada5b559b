package org.draftingdesk.draft;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level differences between two wordings, as track changes show them. */
public final class WordDiff {

    public record Segment(String op, String text) {}

    public static final String EQUAL = "equal";
    public static final String INSERT = "insert";
    public static final String DELETE = "delete";

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}’'-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {}

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Segments whose equal and deleted parts spell {@code from}, and whose equal and inserted parts spell {@code to}. */
    public static List<Segment> between(String from, String to) {
        List<String> a = tokens(from == null ? "" : from);
        List<String> b = tokens(to == null ? "" : to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int ai = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceStart = delta.getSource().getPosition();
            add(segments, EQUAL, String.join("", a.subList(ai, sourceStart)));
            add(segments, DELETE, String.join("", delta.getSource().getLines()));
            add(segments, INSERT, String.join("", delta.getTarget().getLines()));
            ai = sourceStart + delta.getSource().size();
        }
        add(segments, EQUAL, String.join("", a.subList(ai, a.size())));
        return segments;
    }

    private static void add(List<Segment> segments, String op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).op().equals(op)) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(op, last.text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }

    public static String oldText(List<Segment> segments) {
        StringBuilder s = new StringBuilder();
        segments.stream().filter(x -> !x.op().equals(INSERT)).forEach(x -> s.append(x.text()));
        return s.toString();
    }

    public static String newText(List<Segment> segments) {
        StringBuilder s = new StringBuilder();
        segments.stream().filter(x -> !x.op().equals(DELETE)).forEach(x -> s.append(x.text()));
        return s.toString();
    }
}

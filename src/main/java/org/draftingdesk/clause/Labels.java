package org.draftingdesk.clause;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph labels as negotiators use them: PP1, OP7, and OP7bis, OP7ter … for paragraphs
 * inserted during a round, so that everyone's references stay valid until a clean renumbering.
 */
public final class Labels {

    static final List<String> SUFFIXES = List.of(
            "bis",
            "ter",
            "quater",
            "quinquies",
            "sexies",
            "septies",
            "octies",
            "novies",
            "decies",
            "undecies",
            "duodecies");
    private static final Pattern LABEL = Pattern.compile("^(PP|OP)(\\d+)([a-z]*)$");
    private static final Pattern WRITTEN = Pattern.compile("^(PP|OP)(\\d{1,9})([a-z]*|-\\d{1,3})$");
    /** The highest paragraph numbers a declaration is allowed: far beyond any real one. */
    public static final int MAX_PP = 999;

    public static final int MAX_OP = 9999;

    private Labels() {}

    private static final String PP = "PP";

    public static String of(String kind, int number) {
        return kind + number;
    }

    /** The number in a label, e.g. 7 for OP7ter; 0 when there is none or it is out of bounds. */
    public static int number(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches() || m.group(2).length() > 9) {
            return 0;
        }
        return Integer.parseInt(m.group(2));
    }

    /**
     * Whether a label is one a draft may hold: PP1–PP999 or OP1–OP9999, optionally followed by
     * bis, ter, quater … (or -n once those run out); 0 only with a suffix (inserted before the first).
     */
    public static boolean isValid(String label) {
        Matcher m = label == null ? null : WRITTEN.matcher(label);
        if (m == null || !m.matches()) {
            return false;
        }
        int n = Integer.parseInt(m.group(2));
        String suffix = m.group(3);
        boolean suffixOk = suffix.isEmpty() || suffix.startsWith("-") || SUFFIXES.contains(suffix);
        return suffixOk && n <= (PP.equals(m.group(1)) ? MAX_PP : MAX_OP) && (n > 0 || !suffix.isEmpty());
    }

    /** A short statement of what {@link #isValid} accepts, for error messages. */
    public static String rule() {
        return "a paragraph number is PP1–PP" + MAX_PP + " or OP1–OP" + MAX_OP
                + ", optionally followed by bis, ter, quater …";
    }

    /**
     * The label of a clause of {@code kind} inserted right after a clause labelled {@code after}
     * (null: at the start), given the labels already taken.
     */
    public static String inserted(String kind, String after, Collection<String> taken) {
        int base = after == null || !after.startsWith(kind) ? 0 : number(after);
        for (String suffix : SUFFIXES) {
            String candidate = kind + base + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        int n = SUFFIXES.size();
        while (taken.contains(kind + base + "-" + n)) {
            n++;
        }
        return kind + base + "-" + n;
    }

    /** The next plain number after the highest of {@code kind} among {@code taken}. */
    public static String appended(String kind, Collection<String> taken) {
        int max = taken.stream()
                .filter(l -> l.toUpperCase(Locale.ROOT).startsWith(kind))
                .mapToInt(Labels::number)
                .max()
                .orElse(0);
        return kind + (max + 1);
    }
}

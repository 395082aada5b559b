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

    static final List<String> SUFFIXES = List.of("bis", "ter", "quater", "quinquies", "sexies", "septies",
            "octies", "novies", "decies", "undecies", "duodecies");
    private static final Pattern LABEL = Pattern.compile("^(PP|OP)(\\d+)([a-z]*)$");

    private Labels() {
    }

    public static String of(String kind, int number) {
        return kind + number;
    }

    /** The number in a label, e.g. 7 for OP7ter; 0 when there is none. */
    public static int number(String label) {
        Matcher m = LABEL.matcher(label);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
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
        int max = taken.stream().filter(l -> l.toUpperCase(Locale.ROOT).startsWith(kind)).mapToInt(Labels::number)
                .max().orElse(0);
        return kind + (max + 1);
    }
}

package org.draftingdesk.comment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;

/**
 * Where the words a comment quotes stand in a clause's text. Pure logic.
 *
 * <p>A quote is <em>in</em> a text when it occurs there exactly, letter for letter and case for case, once
 * runs of spaces, tabs and line breaks (any Unicode space, the no-break space included) are read as one space
 * and invisible formatting characters (zero-width spaces, soft hyphens, bidi marks) are ignored on both sides:
 * what a browser's selection gives back from a rendered paragraph is always in that paragraph. A quote may
 * start or end inside a word (a selection can).
 *
 * <p>When the wording changes (a later revision), the quote is first looked for exactly; failing that, the
 * passage of the new text whose words best align with the quote's words, in order, is taken when they are
 * similar enough. Words are compared without case or punctuation; similarity is {@code LCS / max(q, w)},
 * where {@code LCS} is the longest common subsequence of the quote's {@code q} words and the passage's
 * {@code w} words: the share of the quote kept in order, lowered when the passage is longer than the quote.
 * At the threshold {@value #THRESHOLD} a quote is found with one word of three replaced (0.67), two of five
 * replaced or deleted (0.6), or two words inserted into a three-word quote (0.6); a two-word quote with one
 * word changed (0.5), or a quote of which only scattered common words remain, is lost. Among the passages
 * that reach the threshold, the one that keeps the most of the quoted words wins (so a quote "A of C"
 * re-anchors on "A of B and C", which keeps all three words, not on "A of"), then the most similar (the shortest),
 * then the earliest.
 */
public final class QuoteAnchors {

    /** The least similarity at which a changed passage still counts as the quoted words. */
    public static final double THRESHOLD = 0.6;

    /** The longest quote, in characters: a passage of a paragraph, not a document. */
    public static final int MAX_LENGTH = 2000;

    public static final String EXACT = "exact";
    public static final String TOLERANT = "tolerant";

    /**
     * A quote found in a text: {@code [start, end)} are character offsets into the text, {@code passage} the
     * text between them, {@code match} {@code exact} or {@code tolerant}, {@code similarity} 1 for an exact
     * match.
     */
    public record Anchor(int start, int end, String passage, String match, double similarity) {}

    private QuoteAnchors() {}

    /**
     * The quote a delegate sent for a clause, checked and ready to store (spaces collapsed), or null when they
     * quoted nothing. 400 for unfit characters or an overlong quote; 422 when the words are not in the clause.
     */
    public static String checked(String clauseLabel, String clauseText, String quote) {
        if (UserText.isEmpty(quote)) {
            return null;
        }
        UserText.checkCharacters("quote", quote);
        String normal = normalized(quote);
        if (normal.codePointCount(0, normal.length()) > MAX_LENGTH) {
            throw Problem.badInput("quote", "quote: longer than " + MAX_LENGTH + " characters");
        }
        if (exact(clauseText, normal).isEmpty()) {
            throw Problem.unprocessable(
                    "quote",
                    "The quoted words '" + shortened(normal) + "' are not in the text of " + clauseLabel
                            + ": quote a passage exactly as it stands (spacing and line breaks aside; letter case"
                            + " and punctuation count)");
        }
        return normal;
    }

    /** The quote with runs of spaces collapsed to one space, formatting characters dropped, and trimmed. */
    public static String normalized(String quote) {
        return Folded.of(quote).text.strip();
    }

    /** Where the quote stands in the text: exactly, or failing that, as the most similar passage. */
    public static Optional<Anchor> anchor(String text, String quote) {
        return exact(text, quote).or(() -> tolerant(text, quote));
    }

    /** The first place where the quote occurs exactly (spacing and formatting characters aside). */
    public static Optional<Anchor> exact(String text, String quote) {
        if (text == null || quote == null) {
            return Optional.empty();
        }
        String q = normalized(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Folded t = Folded.of(text);
        int at = t.text.indexOf(q);
        if (at < 0) {
            return Optional.empty();
        }
        int start = t.origin[at];
        int end = t.origin[at + q.length() - 1] + 1;
        return Optional.of(new Anchor(start, end, text.substring(start, end), EXACT, 1.0));
    }

    /**
     * The passage of the text whose words best align with the quote's words (see the class comment), when its
     * similarity reaches {@link #THRESHOLD}: most quoted words kept, then most similar, then earliest.
     */
    public static Optional<Anchor> tolerant(String text, String quote) {
        if (text == null || quote == null) {
            return Optional.empty();
        }
        List<Word> q = words(quote);
        List<Word> t = words(text);
        int n = q.size();
        if (n == 0 || t.isEmpty()) {
            return Optional.empty();
        }
        Set<String> quoted = new HashSet<>();
        q.forEach(w -> quoted.add(w.key));
        // A longer passage can never reach the threshold: LCS / w <= n / w < THRESHOLD.
        int longest = (int) Math.floor(n / THRESHOLD + 1e-9);
        double best = 0;
        int bestKept = 0;
        int bestStart = -1;
        int bestEnd = -1;
        int[] previous = new int[n + 1];
        int[] row = new int[n + 1];
        for (int i = 0; i < t.size(); i++) {
            if (!quoted.contains(t.get(i).key)) {
                continue; // the best passage starts on a quoted word
            }
            java.util.Arrays.fill(previous, 0);
            int limit = Math.min(t.size() - i, longest);
            for (int w = 1; w <= limit; w++) {
                String word = t.get(i + w - 1).key;
                row[0] = 0;
                for (int a = 1; a <= n; a++) {
                    row[a] = q.get(a - 1).key.equals(word) ? previous[a - 1] + 1 : Math.max(previous[a], row[a - 1]);
                }
                double similarity = (double) row[n] / Math.max(n, w);
                boolean enough = similarity >= THRESHOLD - 1e-9;
                if (enough && (row[n] > bestKept || (row[n] == bestKept && similarity > best + 1e-9))) {
                    bestKept = row[n];
                    best = similarity;
                    bestStart = i;
                    bestEnd = i + w - 1;
                }
                int[] swap = previous;
                previous = row;
                row = swap;
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        int start = t.get(bestStart).start;
        int end = t.get(bestEnd).end;
        return Optional.of(new Anchor(start, end, text.substring(start, end), TOLERANT, round(best)));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String shortened(String quote) {
        return quote.length() <= 120 ? quote : quote.substring(0, 117) + "...";
    }

    private record Word(String key, int start, int end) {}

    /** The words of a text (runs of letters, digits and combining marks), compared without case. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            StringBuilder key = new StringBuilder();
            while (i < text.length()) {
                cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    key.appendCodePoint(cp);
                } else if (Character.getType(cp) != Character.FORMAT) {
                    break;
                }
                i += Character.charCount(cp);
            }
            words.add(new Word(key.toString().toLowerCase(Locale.ROOT), start, i));
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** A text with spaces collapsed and formatting characters dropped, each char knowing its origin. */
    private static final class Folded {
        final String text;
        final int[] origin;

        private Folded(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Folded of(String source) {
            StringBuilder out = new StringBuilder(source.length());
            int[] origin = new int[source.length()];
            boolean inSpace = false;
            int i = 0;
            while (i < source.length()) {
                int cp = source.codePointAt(i);
                int width = Character.charCount(cp);
                if (isSpace(cp)) {
                    if (!inSpace) {
                        origin[out.length()] = i;
                        out.append(' ');
                        inSpace = true;
                    }
                } else if (Character.getType(cp) != Character.FORMAT) {
                    for (int k = 0; k < width; k++) {
                        origin[out.length()] = i + k;
                        out.append(source.charAt(i + k));
                    }
                    inSpace = false;
                }
                i += width;
            }
            return new Folded(out.toString(), origin);
        }
    }
}

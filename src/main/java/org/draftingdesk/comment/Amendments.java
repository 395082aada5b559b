package org.draftingdesk.comment;

import java.util.ArrayList;
import java.util.List;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;

/** The wording change an amendment proposes, applied to a text. Pure logic. */
public final class Amendments {

    public static final String REPLACE = "replace";
    public static final String INSERT = "insert";
    public static final String DELETE = "delete";

    private Amendments() {}

    /**
     * The text with the change made: {@code replace} swaps {@code find} for {@code replacement},
     * {@code delete} removes {@code find}, {@code insert} puts {@code replacement} right after
     * {@code find}. {@code find} must occur in the text as whole words, exactly once: "foster" does not
     * match inside "fosters".
     */
    public static String apply(String text, String op, String find, String replacement) {
        if (op == null || !(REPLACE.equals(op) || INSERT.equals(op) || DELETE.equals(op))) {
            throw Problem.badInput("amendment.op must be replace, insert or delete");
        }
        if (find == null || UserText.isEmpty(find)) {
            throw Problem.badInput("amendment.find", "amendment.find must name the words the change is about");
        }
        UserText.checkCharacters("amendment.find", find);
        if (find.length() > 10_000 || (replacement != null && replacement.length() > 10_000)) {
            throw Problem.badInput(
                    find.length() > 10_000 ? "amendment.find" : "amendment.replacement",
                    "An amendment's words are longer than 10000 characters");
        }
        if (replacement != null) {
            UserText.checkCharacters("amendment.replacement", replacement);
        }
        if (!DELETE.equals(op) && UserText.isEmpty(replacement)) {
            throw Problem.badInput("amendment.replacement is required for " + op);
        }
        List<Integer> whole = wholeWordOccurrences(text, find);
        if (whole.isEmpty()) {
            int inside = text.indexOf(find);
            if (inside >= 0) {
                throw Problem.unprocessable(
                        "amendment.find",
                        "The words '" + find + "' occur in the clause only inside " + "longer words ('"
                                + wordAround(text, inside, find.length()) + "'): quote whole words");
            }
            throw Problem.unprocessable("amendment.find", "The words '" + find + "' do not occur in the clause");
        }
        if (whole.size() > 1) {
            throw Problem.unprocessable(
                    "amendment.find",
                    "The words '" + find + "' occur " + whole.size()
                            + " times in the clause: quote more of them so that they occur once");
        }
        int at = whole.get(0);
        String before = text.substring(0, at);
        String after = text.substring(at + find.length());
        String result = switch (op) {
            case REPLACE -> before + replacement + after;
            case DELETE -> before + after;
            default ->
                before
                        + find
                        + (replacement.startsWith(" ") || replacement.startsWith(",") ? "" : " ")
                        + replacement
                        + after;
        };
        return result.replaceAll(" {2,}", " ").replaceAll(" ([,.;:])", "$1").strip();
    }

    /** How an amendment stands against a clause's current text. */
    public enum Fit {
        /** The clause already reads as the amendment proposes: accepting changes nothing. */
        ALREADY_APPLIED,
        /** The amendment's change can still be made. */
        APPLIES,
        /** Neither: a co-facilitator accepts it with an edited wording, or declines it. */
        NO_LONGER_APPLIES
    }

    /**
     * How the amendment proposed on {@code original} (giving {@code proposed}) stands against {@code current}:
     * already applied when the current text is the proposed one, or when it holds the proposed change with a
     * word of its context on each side (words the original did not hold), as after a merge by hand.
     */
    public static Fit fit(
            String original, String proposed, String current, String op, String find, String replacement) {
        if (normalized(current).equals(normalized(proposed)) || holdsChange(original, proposed, current)) {
            return Fit.ALREADY_APPLIED;
        }
        try {
            apply(current, op, find, replacement);
            return Fit.APPLIES;
        } catch (Problem e) {
            return Fit.NO_LONGER_APPLIES;
        }
    }

    private static boolean holdsChange(String original, String proposed, String current) {
        int prefix = 0;
        int limit = Math.min(original.length(), proposed.length());
        while (prefix < limit && original.charAt(prefix) == proposed.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && original.charAt(original.length() - 1 - suffix) == proposed.charAt(proposed.length() - 1 - suffix)) {
            suffix++;
        }
        int start = prefix;
        while (start > 0 && isWordChar(proposed.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && !isWordChar(proposed.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && isWordChar(proposed.charAt(start - 1))) {
            start--;
        }
        int end = proposed.length() - suffix;
        while (end < proposed.length() && isWordChar(proposed.charAt(end))) {
            end++;
        }
        while (end < proposed.length() && !isWordChar(proposed.charAt(end))) {
            end++;
        }
        while (end < proposed.length() && isWordChar(proposed.charAt(end))) {
            end++;
        }
        String change = proposed.substring(start, Math.max(start, end)).strip();
        return !change.isEmpty()
                && wholeWordOccurrences(original, change).isEmpty()
                && wholeWordOccurrences(current, change).size() == 1;
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Where {@code find} starts in {@code text} without beginning or ending inside a word. */
    static List<Integer> wholeWordOccurrences(String text, String find) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
            int end = at + find.length();
            boolean cutsBefore = at > 0 && isWordChar(text.codePointBefore(at)) && isWordChar(find.codePointAt(0));
            boolean cutsAfter = end < text.length()
                    && isWordChar(text.codePointAt(end))
                    && isWordChar(find.codePointBefore(find.length()));
            if (!cutsBefore && !cutsAfter) {
                found.add(at);
            }
        }
        return found;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    private static String wordAround(String text, int at, int length) {
        int start = at;
        while (start > 0 && isWordChar(text.codePointBefore(start))) {
            start = text.offsetByCodePoints(start, -1);
        }
        int end = at + length;
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(start, end);
    }
}

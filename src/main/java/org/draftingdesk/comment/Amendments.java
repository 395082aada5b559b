package org.draftingdesk.comment;

import java.util.ArrayList;
import java.util.List;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.input.UserText;

/** The wording change an amendment proposes, applied to a text. Pure logic. */
public final class Amendments {

    public static final String REPLACE = "replace";
    public static final String INSERT = "insert";
    public static final String DELETE = "delete";

    private Amendments() {
    }

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
            throw Problem.badInput(find.length() > 10_000 ? "amendment.find" : "amendment.replacement",
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
                throw Problem.unprocessable("amendment.find", "The words '" + find + "' occur in the clause only inside "
                        + "longer words ('" + wordAround(text, inside, find.length()) + "'): quote whole words");
            }
            throw Problem.unprocessable("amendment.find", "The words '" + find + "' do not occur in the clause");
        }
        if (whole.size() > 1) {
            throw Problem.unprocessable("amendment.find", "The words '" + find + "' occur " + whole.size()
                    + " times in the clause: quote more of them so that they occur once");
        }
        int at = whole.get(0);
        String before = text.substring(0, at);
        String after = text.substring(at + find.length());
        String result = switch (op) {
            case REPLACE -> before + replacement + after;
            case DELETE -> before + after;
            default -> before + find + (replacement.startsWith(" ") || replacement.startsWith(",") ? "" : " ")
                    + replacement + after;
        };
        return result.replaceAll(" {2,}", " ").replaceAll(" ([,.;:])", "$1").strip();
    }

    /** Where {@code find} starts in {@code text} without beginning or ending inside a word. */
    static List<Integer> wholeWordOccurrences(String text, String find) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
            int end = at + find.length();
            boolean cutsBefore = at > 0 && isWordChar(text.codePointBefore(at)) && isWordChar(find.codePointAt(0));
            boolean cutsAfter = end < text.length() && isWordChar(text.codePointAt(end))
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

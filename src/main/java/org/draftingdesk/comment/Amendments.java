package org.draftingdesk.comment;

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
     * {@code find}. {@code find} must occur in the text, exactly once.
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
        int at = text.indexOf(find);
        if (at < 0) {
            throw Problem.unprocessable("The words '" + find + "' do not occur in the clause");
        }
        if (text.indexOf(find, at + 1) >= 0) {
            throw Problem.unprocessable(
                    "The words '" + find + "' occur more than once in the clause: quote more of them");
        }
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
}

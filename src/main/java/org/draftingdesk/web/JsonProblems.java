package org.draftingdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.problem.Problem;

/**
 * A request body that is not the JSON asked for, told in the client's words: which field, and what
 * was expected there. Never the parser's message, which names Java classes.
 */
final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private JsonProblems() {}

    static Problem of(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String field = path(e, duplicate.group(1));
            return Problem.badInput(field, field + ": given more than once");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(e, null);
            return Problem.badInput(field, field + ": not a field of this request (" + u.getPropertyName() + ")");
        }
        if (e instanceof MismatchedInputException m && !(e instanceof StreamReadException)) {
            String field = path(e, null);
            if (field.isEmpty()) {
                return Problem.badInput("body", "The body must be " + expected(m.getTargetType()));
            }
            return Problem.badInput(field, field + ": expected " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException && !path(e, null).isEmpty()) {
            String field = path(e, null);
            return Problem.badInput(field, field + ": not a valid value");
        }
        return Problem.badInput(
                "body",
                "The body is not well-formed JSON"
                        + (e.getLocation() == null
                                ? ""
                                : " (line " + e.getLocation().getLineNr() + ", column "
                                        + e.getLocation().getColumnNr() + ")"));
    }

    /** The dotted path of the failing field, e.g. {@code amendment.op} or {@code commentIds[2]}. */
    private static String path(JsonProcessingException e, String leaf) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
        }
        if (leaf != null) {
            path.append(path.isEmpty() ? "" : ".").append(leaf);
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }
}

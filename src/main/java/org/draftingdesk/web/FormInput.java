package org.draftingdesk.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.draftingdesk.problem.Problem;

/**
 * A refused form, shown again: the page the form sits on is rendered once more with what the
 * person typed and the reason next to the field it concerns ({@code {inject:form.…}} in
 * templates, the tags {@code invalid} and {@code fielderror}), instead of a separate error page
 * that loses their text. Forms are named by the page (e.g. {@code issue}, {@code edit-12}).
 */
@Named("form")
@RequestScoped
public class FormInput {

    /** Refusals about the input itself; anything else (not found, forbidden, outage) stays an error page. */
    private static final Set<Integer> INPUT_STATUSES = Set.of(400, 413, 415, 422);

    private String form;
    private String field;
    private String message;
    private Map<String, String> values = Map.of();

    /**
     * Runs a form's action. When a problem with the input refuses it, answers {@code page} rendered
     * again (with the problem's status, or 200 for htmx, which swaps only successes) with the values
     * typed and the message on the problem's {@code field}, or on {@code mainField} if the problem
     * names none of this form's fields. When {@code page} gives null, the form is no longer on its
     * page (e.g. what it acted on was decided meanwhile): the refusal goes to the error page.
     */
    public Response submit(
            String form,
            String mainField,
            Map<String, String> typed,
            boolean htmx,
            Supplier<Response> action,
            Supplier<TemplateInstance> page) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Problem problem = problemIn(e);
            if (problem == null || !aboutInput(problem)) {
                throw e;
            }
            TemplateInstance again = page.get();
            if (again == null) {
                throw e;
            }
            refused(form, fieldOf(problem, typed.keySet(), mainField), problem.detail(), typed);
            return Response.status(htmx ? 200 : problem.status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(again.render())
                    .build();
        }
    }

    /** The typed values of a form, in a map that takes the nulls of fields left out. */
    public static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return typed;
    }

    void refused(String form, String field, String message, Map<String, String> values) {
        this.form = form;
        this.field = field;
        this.message = message;
        this.values = new HashMap<>(values);
    }

    /** Whether this request shows the named form refused. */
    public boolean failed(String form) {
        return form.equals(this.form);
    }

    /** What was typed into the field of a refused form, or "" (for a form shown fresh). */
    public String value(String form, String field) {
        return valueOr(form, field, "");
    }

    /** What was typed into the field of a refused form, or {@code fallback} (e.g. the current text). */
    public String valueOr(String form, String field, String fallback) {
        if (!failed(form)) {
            return fallback;
        }
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** The message for the field, or null. */
    public String error(String form, String field) {
        return failed(form) && field.equals(this.field) ? message : null;
    }

    /** The id of the element holding the field's message (what {@code aria-describedby} points to). */
    public String errorId(String form, String field) {
        return form + "-" + field + "-error";
    }

    /** Bad input, or a conflict over a value typed (a taken label); a stale edit is answered by its own merge view. */
    private static boolean aboutInput(Problem problem) {
        return INPUT_STATUSES.contains(problem.status())
                || (problem.status() == 409 && problem.extensions().containsKey("field"));
    }

    private static String fieldOf(Problem problem, Set<String> fields, String mainField) {
        if (problem.extensions().get("field") instanceof String named) {
            String last = named.substring(named.lastIndexOf('.') + 1);
            if (fields.contains(last)) {
                return last;
            }
        }
        return mainField;
    }

    private static Problem problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Problem p) {
                return p;
            }
            if (t instanceof java.sql.SQLException sql) {
                return DatabaseRefusals.of(sql).orElse(null);
            }
        }
        return null;
    }
}

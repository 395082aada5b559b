package org.draftingdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftingdesk.database.DatabaseOutage;
import org.draftingdesk.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become {@code application/problem+json}. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @ServerExceptionMapper
    public Response problem(Problem problem, HttpHeaders headers, UriInfo uri) {
        return respond(
                problem.status(),
                problem.type(),
                problem.title(),
                problem.detail(),
                problem.extensions(),
                headers,
                uri);
    }

    /** The one shape of a failure: a page for a person in a browser, a problem document for a script. */
    private static Response respond(
            int status,
            String type,
            String title,
            String detail,
            Map<String, Object> extensions,
            HttpHeaders headers,
            UriInfo uri) {
        if (wantsPage(headers, uri)) {
            return page(status, title, detail, headers, uri);
        }
        Map<String, Object> body = body(status, type, title, detail);
        body.putAll(extensions);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    /** A person in a browser gets a page, a script a problem document. */
    private static boolean wantsPage(HttpHeaders headers, UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
    }

    private static Response page(int status, String title, String detail, HttpHeaders headers, UriInfo uri) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(WebPages.errorPage(status, title, detail, BackLink.of(headers, uri)))
                .build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Response.status(400)
                .type(PROBLEM_JSON)
                .entity(body(400, "bad-input", "Bad input", detail))
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (wantsPage(headers, uri)) {
            String reason = Response.Status.fromStatusCode(status) == null
                    ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            return page(status, reason, status == 403 ? "Your account may not do this." : reason, headers, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, headers, uri);
        }
        String detail = frameworkDetail(status, title);
        Response.ResponseBuilder builder =
                Response.status(status).type(PROBLEM_JSON).entity(body(status, "http-" + status, title, detail));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(
                403, "forbidden", "Forbidden", "Your account's role does not allow this", Map.of(), headers, uri);
    }

    /** A body the framework could not read at all, such as a multipart body that is not one. */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e, HttpHeaders headers, UriInfo uri) {
        LOG.debugf("Unreadable request body: %s", e.getMessage());
        return respond(
                400,
                "unreadable-body",
                "Bad request",
                "The request body could not be read as its Content-Type says",
                Map.of(),
                headers,
                uri);
    }

    /** A body that is not the JSON asked for: duplicate keys, wrong types, malformed text. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return problem(JsonProblems.of(e), headers, uri);
    }

    /** Wrong types; declared apart so that it wins over the framework's own mapper for them. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    /**
     * The last resort. A failure that wraps one of the kinds above (a problem raised inside a
     * transaction, a refusal of the database at commit) is answered as that kind; anything else is
     * logged and answered 500 without a word of its internals.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e, headers, uri);
        }
        Problem wrapped = causeOf(e, Problem.class);
        if (wrapped != null) {
            return problem(wrapped, headers, uri);
        }
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return json(json, headers, uri);
        }
        SQLException sql = causeOf(e, SQLException.class);
        Problem refusal = sql == null ? null : DatabaseRefusals.of(sql).orElse(null);
        if (refusal != null) {
            LOG.debugf("Database refused a request: %s", sql.getMessage());
            return problem(refusal, headers, uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(
                500, "internal", "Internal error", "The server failed; the failure is logged", Map.of(), headers, uri);
    }

    /** The database is out of reach: the client may try again shortly (a read tells whether a write got through). */
    private static Response unavailable(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Answered 503, the database is unreachable: %s", e.getMessage());
        Response response = respond(
                503,
                "unavailable",
                "Service unavailable",
                "The database cannot be reached at the moment. Try again in a few seconds.",
                Map.of(),
                headers,
                uri);
        return Response.fromResponse(response)
                .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .build();
    }

    /** What the framework refused, in words; its exception messages are not for clients. */
    static String frameworkDetail(int status, String title) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 404 -> "Nothing is at this address";
            case 405 -> "This address does not take this method (see Allow)";
            case 406 -> "None of the media types in Accept can be produced here";
            case 413 -> "The request body is too large";
            case 414 -> "The address is too long";
            case 415 -> "This address does not take this content type";
            case 431 -> "The request headers are too large";
            default -> title;
        };
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static Map<String, Object> body(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:drafting-desk:problem:" + type);
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        return body;
    }
}

package org.draftingdesk.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
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
        return respond(problem.status(), problem.type(), problem.title(), problem.detail(), problem.extensions(),
                headers, uri);
    }

    /** The one shape of a failure: a page for a person in a browser, a problem document for a script. */
    private static Response respond(int status, String type, String title, String detail, Map<String, Object> extensions,
            HttpHeaders headers, UriInfo uri) {
        if (wantsPage(headers, uri)) {
            return page(status, title, detail);
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

    private static Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(WebPages.errorPage(status, title, detail)).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Response.status(400).type(PROBLEM_JSON)
                .entity(body(400, "bad-input", "Bad input", detail)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (wantsPage(headers, uri)) {
            String reason = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            return page(status, reason, status == 403 ? "Your account may not do this." : reason);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        String detail = e.getMessage() == null ? title : e.getMessage();
        if (e.getCause() != null && status == 400) {
            detail = "Malformed request: " + e.getCause().getMessage();
        }
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON)
                .entity(body(status, "http-" + status, title, detail));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your account's role does not allow this", Map.of(), headers, uri);
    }

    /** Two requests raced to create the same thing; the loser is told to look again. */
    @ServerExceptionMapper
    public Response concurrent(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "conflict", "Conflict",
                "Another change to the same thing was saved at the same moment; reload and try again", Map.of(),
                headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e, headers, uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(500, "internal", "Internal error", "The server failed; the failure is logged", Map.of(),
                headers, uri);
    }

    /** The database is out of reach: the client may try again shortly (a read tells whether a write got through). */
    private static Response unavailable(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Answered 503, the database is unreachable: %s", e.getMessage());
        Response response = respond(503, "unavailable", "Service unavailable",
                "The database cannot be reached at the moment. Try again in a few seconds.", Map.of(), headers, uri);
        return Response.fromResponse(response)
                .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)).build();
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

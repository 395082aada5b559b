package org.draftingdesk.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftingdesk.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become {@code application/problem+json}. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @ServerExceptionMapper
    public Response problem(Problem problem) {
        Map<String, Object> body = body(problem.status(), problem.type(), problem.title(), problem.detail());
        body.putAll(problem.extensions());
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(body).build();
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
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
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
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        return Response.status(500).type(PROBLEM_JSON)
                .entity(body(500, "internal", "Internal error", "The server failed; the failure is logged"))
                .build();
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

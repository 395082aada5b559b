package org.draftingdesk.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.draftingdesk.problem.Problem;

/**
 * Optional paging of a list answer: with {@code page} (from 0) and {@code size} the answer is that
 * slice, with {@code X-Total-Count} and a {@code Link: rel="next"} header while more follow;
 * without them, the whole list, as before.
 */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {}

    public static <T> Response of(List<T> all, Integer page, Integer size, UriInfo uri) {
        if (page == null && size == null) {
            return Response.ok(all).header("X-Total-Count", all.size()).build();
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0 || s < 1 || s > MAX_SIZE) {
            throw Problem.badInput("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        int from = (int) Math.min((long) p * s, all.size());
        int to = Math.min(from + s, all.size());
        Response.ResponseBuilder ok = Response.ok(all.subList(from, to)).header("X-Total-Count", all.size());
        if (to < all.size()) {
            ok.header(
                    "Link",
                    "<"
                            + uri.getRequestUriBuilder()
                                    .replaceQueryParam("page", p + 1)
                                    .replaceQueryParam("size", s)
                                    .build()
                            + ">; rel=\"next\"");
        }
        return ok.build();
    }
}

package org.draftingdesk.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an error page's "Back" link goes: a real link, since the app's Content-Security-Policy blocks
 * {@code javascript:} URLs. The page the request came from when it is of this site, else the process the
 * failed request was about, else the start page.
 */
final class BackLink {

    private static final Pattern PROCESS = Pattern.compile("^/processes/(\\d+)(?:/.*)?$");

    private BackLink() {}

    static String of(HttpHeaders headers, UriInfo uri) {
        URI request = uri.getRequestUri();
        String referer = headers.getHeaderString("Referer");
        if (referer != null) {
            try {
                URI from = new URI(referer.strip());
                String path = from.getRawPath();
                if (sameOrigin(from, request)
                        && path != null
                        && path.startsWith("/")
                        && !path.startsWith("//")
                        && !Objects.equals(from.normalize(), request.normalize())) {
                    return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
                }
            } catch (URISyntaxException e) {
                // not a link to follow: fall through
            }
        }
        Matcher process = PROCESS.matcher(uri.getPath());
        if (process.matches() && !uri.getPath().equals("/processes/" + process.group(1))) {
            return "/processes/" + process.group(1);
        }
        return "/";
    }

    private static boolean sameOrigin(URI from, URI request) {
        return from.getScheme() != null
                && from.getScheme().equalsIgnoreCase(request.getScheme())
                && from.getHost() != null
                && from.getHost().equalsIgnoreCase(request.getHost())
                && port(from) == port(request);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}

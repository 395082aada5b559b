package org.draftingdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.draftingdesk.account.SignInRequest;
import org.draftingdesk.account.WebSessions;
import org.jboss.resteasy.reactive.RestQuery;

/** The shell around every page: home, sign in, sign out, error page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPages {

    private final WebSessions sessions;

    WebPages(WebSessions sessions) {
        this.sessions = sessions;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);

        static native TemplateInstance error(int status, String title, String detail, String back);
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/processes")).build();
    }

    @GET
    @Path("login")
    public TemplateInstance login(@RestQuery String error) {
        return Templates.login(error != null);
    }

    /** Ends the session on the server (every replica refuses its cookies from now on) and in the browser. */
    @POST
    @Path("logout")
    public Response logout(RoutingContext routing) {
        Cookie session = routing.request().getCookie(WebSessions.COOKIE);
        sessions.close(session == null ? null : session.getValue());
        routing.response().addCookie(SignInRequest.expired(routing, WebSessions.COOKIE));
        routing.response().addCookie(SignInRequest.expired(routing, WebSessions.FORM_COOKIE));
        return Response.seeOther(URI.create("/login")).build();
    }

    static TemplateInstance errorPage(int status, String title, String detail, String back) {
        return Templates.error(status, title, detail, back);
    }
}

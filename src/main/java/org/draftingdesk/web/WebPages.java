package org.draftingdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;

/** The shell around every page: home, sign in, sign out, error page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPages {

    /** Name of the form-login cookie (Quarkus default). */
    static final String SESSION_COOKIE = "quarkus-credential";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);

        static native TemplateInstance error(int status, String title, String detail);
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

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }

    static TemplateInstance errorPage(int status, String title, String detail) {
        return Templates.error(status, title, detail);
    }
}

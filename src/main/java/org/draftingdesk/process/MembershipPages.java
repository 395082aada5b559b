package org.draftingdesk.process;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.draftingdesk.account.AccountService;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.delegation.DelegationService;
import org.draftingdesk.delegation.DelegationService.DelegationView;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessAccess.MemberView;
import org.draftingdesk.process.ProcessService.ProcessView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The admin's page of process memberships: pick a process, see who has which role in it, give a
 * user a role or take it away. A refused form comes back with the reason; anyone but the admin gets
 * the 403 page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MembershipPages {

    public static final List<String> ROLES =
            List.of(ProcessMember.CO_FACILITATOR, ProcessMember.DELEGATE, ProcessMember.OBSERVER);

    /** A member as the page lists them. */
    public record MemberRow(MemberView member, String delegation) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                List<ProcessView> processes,
                ProcessView selected,
                List<MemberRow> members,
                List<Account> users,
                List<String> roles,
                String error,
                String notice);
    }

    private final ProcessService processes;
    private final ProcessAccess access;
    private final AccountService accounts;
    private final DelegationService delegations;
    private final CurrentAccount current;

    MembershipPages(
            ProcessService processes,
            ProcessAccess access,
            AccountService accounts,
            DelegationService delegations,
            CurrentAccount current) {
        this.processes = processes;
        this.access = access;
        this.accounts = accounts;
        this.delegations = delegations;
        this.current = current;
    }

    @GET
    @Path("admin/members")
    public TemplateInstance members(@RestQuery String process, @RestQuery String saved) {
        Account me = current.get();
        AccountService.requireAdmin(me);
        return page(me, process == null || process.isBlank() ? null : processId(process), null, saved);
    }

    @POST
    @Path("admin/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String process, @RestForm String username, @RestForm String role) {
        Account me = current.get();
        AccountService.requireAdmin(me);
        long pid = processId(process);
        try {
            access.addMember(pid, username, role, me);
        } catch (Problem refused) {
            if (refused.status() == 403 || refused.status() == 404) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(page(me, pid, refused.detail(), null))
                    .build();
        }
        return done(pid, username + " is " + role);
    }

    @POST
    @Path("admin/members/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestForm String process, @RestForm String user) {
        Account me = current.get();
        AccountService.requireAdmin(me);
        long pid = processId(process);
        long uid;
        try {
            uid = Long.parseLong(user == null ? "" : user.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput("user", "user must be a user's id");
        }
        access.removeMember(pid, uid, me);
        return done(pid, accounts.one(uid, me).username() + " is no longer a member");
    }

    private TemplateInstance page(Account me, Long pid, String error, String notice) {
        List<Account> users = accounts.all(me);
        ProcessView selected = pid == null ? null : processes.get(pid);
        List<MemberRow> rows = List.of();
        if (selected != null) {
            Map<Long, String> names =
                    delegations.all().stream().collect(Collectors.toMap(DelegationView::id, DelegationView::name));
            rows = access.members(pid, me).stream()
                    .map(m ->
                            new MemberRow(m, m.delegationId() == null ? "" : names.getOrDefault(m.delegationId(), "")))
                    .toList();
        }
        return Templates.members(processes.all(), selected, rows, users, ROLES, error, notice);
    }

    private static Response done(long pid, String notice) {
        return Response.seeOther(URI.create("/admin/members?process=" + pid + "&saved="
                        + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }

    private static long processId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problem.badInput("process", "Choose a process");
        }
    }
}

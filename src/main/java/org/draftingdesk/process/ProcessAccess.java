package org.draftingdesk.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.GlobalRole;
import org.draftingdesk.account.User;
import org.draftingdesk.problem.Problem;

/**
 * Who may do what in a process. The admin may do everything; the secretariat reads every process
 * and manages its members; co-facilitators edit the draft and issue revisions; delegates and
 * observers read. Nobody outside a process sees its drafts.
 */
@ApplicationScoped
public class ProcessAccess {

    private static final Set<String> ROLES = Set.of(ProcessMember.CO_FACILITATOR, ProcessMember.DELEGATE,
            ProcessMember.OBSERVER);

    public record MemberView(long userId, String username, String displayName, String role, Long delegationId) {
    }

    @Transactional
    public Optional<String> roleOf(long processId, Account account) {
        return ProcessMember.of(processId, account.id()).map(m -> m.role);
    }

    @Transactional
    public void requireReader(long processId, Account account) {
        ProcessService.require(processId);
        if (account.role() == GlobalRole.ADMIN || account.role() == GlobalRole.SECRETARIAT) {
            return;
        }
        if (ProcessMember.of(processId, account.id()).isEmpty()) {
            throw Problem.forbidden("You are not a member of this process");
        }
    }

    @Transactional
    public void requireDrafter(long processId, Account account) {
        ProcessService.require(processId);
        if (!canDraft(processId, account)) {
            throw Problem.forbidden("Only the co-facilitators of this process edit its draft");
        }
    }

    @Transactional
    public boolean canDraft(long processId, Account account) {
        if (account.role() == GlobalRole.ADMIN) {
            return true;
        }
        return ProcessMember.of(processId, account.id()).map(m -> ProcessMember.CO_FACILITATOR.equals(m.role))
                .orElse(false);
    }

    @Transactional
    public MemberView addMember(long processId, String username, String role, Account actor) {
        ProcessService.require(processId);
        if (actor.role() != GlobalRole.ADMIN && actor.role() != GlobalRole.SECRETARIAT) {
            throw Problem.forbidden("Only the secretariat manages the members of a process");
        }
        if (role == null || !ROLES.contains(role)) {
            throw Problem.badInput("role must be co-facilitator, delegate or observer");
        }
        User user = User.named(username == null ? "" : username)
                .orElseThrow(() -> Problem.unprocessable("There is no user '" + username + "'"));
        if (ProcessMember.DELEGATE.equals(role) && user.delegationId == null) {
            throw Problem.unprocessable("A delegate must belong to a delegation; '" + username + "' does not");
        }
        ProcessMember member = ProcessMember.of(processId, user.id).orElseGet(ProcessMember::new);
        member.processId = processId;
        member.userId = user.id;
        member.role = role;
        member.addedBy = actor.username();
        member.persist();
        return new MemberView(user.id, user.username, user.displayName, role, user.delegationId);
    }

    @Transactional
    public List<MemberView> members(long processId) {
        ProcessService.require(processId);
        List<ProcessMember> members = ProcessMember.inProcess(processId);
        java.util.Map<Long, User> users = members.isEmpty() ? java.util.Map.of()
                : User.<User>list("id in ?1", members.stream().map(m -> m.userId).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(u -> u.id, u -> u));
        return members.stream().map(m -> {
            User u = users.get(m.userId);
            return new MemberView(u.id, u.username, u.displayName, m.role, u.delegationId);
        }).toList();
    }
}

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
 * The one place that decides who may do what in a process. Services hand it the acting account
 * and ask; resources and pages never decide (they may ask it what to show).
 *
 * <ul>
 * <li>admin: everything;</li>
 * <li>secretariat: creates processes, imports and fixes hearing summaries, reads every process,
 * manages members, but never grants itself a process role, nor one to another secretariat or admin
 * account (only the admin does that, so two secretariat accounts cannot promote each other);</li>
 * <li>co-facilitator: reads, edits the draft, links, issues revisions, decides on proposals;</li>
 * <li>delegate: reads, speaks for its own delegation (comments, amendments, positions);</li>
 * <li>observer: reads;</li>
 * <li>the working draft is the co-facilitators' desk: besides them only the secretariat and the admin
 * read it, unless the co-facilitators open it to the process's delegates and observers (a process
 * setting); otherwise those read the issued revisions;</li>
 * <li>anyone else signed in: reads processes and their sources, nothing of a draft.</li>
 * </ul>
 */
@ApplicationScoped
public class ProcessAccess {

    private static final Set<String> ROLES =
            Set.of(ProcessMember.CO_FACILITATOR, ProcessMember.DELEGATE, ProcessMember.OBSERVER);

    public record MemberView(long userId, String username, String displayName, String role, Long delegationId) {}

    @Transactional
    public Optional<String> roleOf(long processId, Account account) {
        return ProcessMember.of(processId, account.id()).map(m -> m.role);
    }

    /** Reads the process's drafts, revisions, links, coverage, comments and members. */
    @Transactional
    public void requireReader(long processId, Account account) {
        ProcessService.require(processId);
        if (!canRead(processId, account)) {
            throw Problem.forbidden("You are not a member of this process");
        }
    }

    @Transactional
    public boolean canRead(long processId, Account account) {
        return account.isSecretariat()
                || ProcessMember.of(processId, account.id()).isPresent();
    }

    /** Takes part in the process (any process role): sees and shows who is on which clause. */
    @Transactional
    public void requireMember(long processId, Account account) {
        ProcessService.require(processId);
        if (ProcessMember.of(processId, account.id()).isEmpty()) {
            throw Problem.forbidden("Only the members of this process see who is working on it");
        }
    }

    /** Reads the working draft: co-facilitators, secretariat, admin; delegates and observers when it is open. */
    @Transactional
    public boolean canReadWorkingDraft(long processId, Account account) {
        if (account.isSecretariat()) {
            return true;
        }
        Optional<ProcessMember> member = ProcessMember.of(processId, account.id());
        if (member.isEmpty()) {
            return false;
        }
        if (ProcessMember.CO_FACILITATOR.equals(member.get().role)) {
            return true;
        }
        DraftingProcess process = DraftingProcess.findById(processId);
        return process != null && process.workingDraftOpen;
    }

    /**
     * Fails with 403 when the reader may not read the working draft, naming the latest issued revision
     * ({@code latestRevisionId}, {@code latestRevisionLabel}) they may read instead.
     */
    @Transactional
    public void requireWorkingDraftReader(long processId, Account account) {
        requireReader(processId, account);
        if (canReadWorkingDraft(processId, account)) {
            return;
        }
        Optional<LatestRevision> latest = latestRevision(processId);
        java.util.Map<String, Object> where = new java.util.LinkedHashMap<>();
        latest.ifPresent(l -> {
            where.put("latestRevisionId", l.id());
            where.put("latestRevisionLabel", l.label());
        });
        throw new Problem.Forbidden(
                "The working draft is the co-facilitators' desk: delegates and observers read the issued revisions"
                        + latest.map(l -> " (the latest is " + l.label() + ")").orElse(" (none is issued yet)"),
                where);
    }

    /** The latest issued revision of a process, by its id and label. */
    public record LatestRevision(long id, String label) {}

    @Transactional
    public Optional<LatestRevision> latestRevision(long processId) {
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = DraftingProcess.getEntityManager()
                .createNativeQuery(
                        "select id, label from revision where process_id = :process order by sequence desc limit 1",
                        jakarta.persistence.Tuple.class)
                .setParameter("process", processId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(t -> new LatestRevision(((Number) t.get("id")).longValue(), (String) t.get("label")));
    }

    /** Edits the working draft, links clauses, issues revisions and decides on proposals. */
    @Transactional
    public void requireDrafter(long processId, Account account) {
        ProcessService.require(processId);
        if (!canDraft(processId, account)) {
            throw Problem.forbidden("Only the co-facilitators of this process edit its draft");
        }
    }

    @Transactional
    public boolean canDraft(long processId, Account account) {
        if (account.isAdmin()) {
            return true;
        }
        return ProcessMember.of(processId, account.id())
                .map(m -> ProcessMember.CO_FACILITATOR.equals(m.role))
                .orElse(false);
    }

    /** Creates processes, imports and corrects hearing summaries, manages members. */
    public void requireSecretariat(Account account) {
        if (!account.isSecretariat()) {
            throw Problem.forbidden("Only the secretariat does this");
        }
    }

    public boolean canManage(Account account) {
        return account.isSecretariat();
    }

    /** Whether the caller speaks for a delegation in this process (a delegate with a delegation). */
    @Transactional
    public boolean canSpeak(long processId, Account account) {
        return account.delegationId() != null
                && roleOf(processId, account)
                        .map(ProcessMember.DELEGATE::equals)
                        .orElse(false);
    }

    /** The caller's delegation, when they are a delegate of this process. */
    @Transactional
    public long speakingDelegation(long processId, Account account) {
        requireReader(processId, account);
        String role = roleOf(processId, account).orElse(null);
        if (!ProcessMember.DELEGATE.equals(role)) {
            throw Problem.forbidden("Only the delegates of this process speak for a delegation");
        }
        if (account.delegationId() == null) {
            throw Problem.forbidden("Your account belongs to no delegation");
        }
        return account.delegationId();
    }

    @Transactional
    public MemberView addMember(long processId, String username, String role, Account actor) {
        ProcessService.require(processId);
        if (!actor.isSecretariat()) {
            throw Problem.forbidden("Only the secretariat manages the members of a process");
        }
        if (role == null || !ROLES.contains(role)) {
            throw Problem.badInput("role must be co-facilitator, delegate or observer");
        }
        User user = User.named(username == null ? "" : username)
                .orElseThrow(() -> Problem.unprocessable("There is no user '" + username + "'"));
        if (!actor.isAdmin() && user.id == actor.id()) {
            throw Problem.forbidden("Nobody but the admin gives themselves a role in a process");
        }
        if (!actor.isAdmin() && user.role() != GlobalRole.USER) {
            throw Problem.forbidden("Only the admin gives a secretariat or admin account a role in a process");
        }
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

    /**
     * Takes a user's role in a process away, under the rules that give one; removing someone who is
     * not a member changes nothing.
     */
    @Transactional
    public void removeMember(long processId, long userId, Account actor) {
        ProcessService.require(processId);
        if (!actor.isSecretariat()) {
            throw Problem.forbidden("Only the secretariat manages the members of a process");
        }
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("User", userId));
        if (!actor.isAdmin() && (user.id == actor.id() || user.role() != GlobalRole.USER)) {
            throw Problem.forbidden("Only the admin takes a role away from a secretariat or admin account");
        }
        ProcessMember.of(processId, userId).ifPresent(ProcessMember::delete);
    }

    /** The members of a process, for its members, the secretariat and the admin. */
    @Transactional
    public List<MemberView> members(long processId, Account reader) {
        requireReader(processId, reader);
        List<ProcessMember> members = ProcessMember.inProcess(processId);
        java.util.Map<Long, User> users = members.isEmpty()
                ? java.util.Map.of()
                : User.<User>list(
                                "id in ?1", members.stream().map(m -> m.userId).toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(u -> u.id, u -> u));
        return members.stream()
                .map(m -> {
                    User u = users.get(m.userId);
                    return new MemberView(u.id, u.username, u.displayName, m.role, u.delegationId);
                })
                .toList();
    }

    /** The members when the reader may see them, else nothing (for the process page, open to all). */
    @Transactional
    public Optional<List<MemberView>> membersIfVisible(long processId, Account reader) {
        ProcessService.require(processId);
        return canRead(processId, reader) ? Optional.of(members(processId, reader)) : Optional.empty();
    }
}

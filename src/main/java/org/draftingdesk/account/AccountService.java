package org.draftingdesk.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.input.UserText;
import org.draftingdesk.problem.Problem;
import org.jboss.logging.Logger;

/** Owns accounts: creation, password checks, and the bootstrap admin. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    public static final String BOOTSTRAP_ADMIN = "admin";

    private final DraftingConfig config;
    /**
     * Checked when the user name does not exist, so an unknown name costs the same bcrypt work as
     * a known one and the answer's timing does not tell which names exist.
     */
    private final String dummyHash;

    AccountService(DraftingConfig config) {
        this.config = config;
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        this.dummyHash = BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(bytes), config.bcryptCost());
    }

    /** A verified account, as the security layer needs it. */
    public record Account(long id, String username, String displayName, GlobalRole role, Long delegationId) {
        static Account of(User user) {
            return new Account(user.id, user.username, user.displayName, user.role(), user.delegationId);
        }

        public boolean isAdmin() {
            return role == GlobalRole.ADMIN;
        }

        /** The secretariat's powers: the admin holds them too. */
        public boolean isSecretariat() {
            return role == GlobalRole.ADMIN || role == GlobalRole.SECRETARIAT;
        }
    }

    @Transactional
    public Optional<Account> verify(String username, char[] password) {
        Optional<User> user = User.named(username);
        boolean matches = matches(user.map(u -> u.passwordHash).orElse(dummyHash), password);
        return user.filter(u -> matches).map(Account::of);
    }

    String dummyHash() {
        return dummyHash;
    }

    @Transactional
    public Optional<Account> find(String username) {
        return User.named(username).map(Account::of);
    }

    /** Every account, for the admin. */
    @Transactional
    public java.util.List<Account> all(Account actor) {
        requireAdmin(actor);
        return User.<User>list("order by username").stream().map(Account::of).toList();
    }

    /** One account, for the admin. */
    @Transactional
    public Account one(long userId, Account actor) {
        requireAdmin(actor);
        return User.<User>findByIdOptional(userId).map(Account::of).orElseThrow(() -> Problem.notFound("User", userId));
    }

    /** Only the admin creates accounts. */
    @Transactional
    public Account create(NewUser request, Account actor) {
        requireAdmin(actor);
        return create(request);
    }

    /** What the admin may change of an account: its name as others see it, its role, its delegation. */
    public record UserChange(String displayName, String role, Long delegationId) {}

    /** Only the admin changes accounts; the admin never takes the admin role from their own account. */
    @Transactional
    public Account update(long userId, UserChange change, Account actor) {
        requireAdmin(actor);
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("User", userId));
        String displayName = UserText.required("displayName", change.displayName(), 200);
        GlobalRole role;
        try {
            role = GlobalRole.of(change.role() == null ? "" : change.role());
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("role", "role must be admin, secretariat or user");
        }
        if (user.id == actor.id() && role != GlobalRole.ADMIN) {
            throw Problem.unprocessable("role", "You cannot take the admin role from your own account");
        }
        if (change.delegationId() != null
                && org.draftingdesk.delegation.Delegation.findByIdOptional(change.delegationId())
                        .isEmpty()) {
            throw Problem.unprocessable("delegationId", "Delegation " + change.delegationId() + " does not exist");
        }
        user.displayName = displayName;
        user.globalRole = role.value();
        user.delegationId = change.delegationId();
        return Account.of(user);
    }

    /** Refuses anyone but the admin. */
    public static void requireAdmin(Account actor) {
        if (!actor.isAdmin()) {
            throw Problem.forbidden("Only the admin manages accounts");
        }
    }

    private Account create(NewUser request) {
        if (request.password() == null || request.password().length() < 8) {
            throw Problem.unprocessable("The password must have at least 8 characters");
        }
        String username = UserText.required("username", request.username(), 64);
        String displayName = UserText.optional("displayName", request.displayName(), 200);
        UserText.checkCharacters("password", request.password());
        if (User.named(username).isPresent()) {
            throw Problem.unprocessable("username", "The username " + username + " is taken");
        }
        if (request.delegationId() != null
                && org.draftingdesk.delegation.Delegation.findByIdOptional(request.delegationId())
                        .isEmpty()) {
            throw Problem.unprocessable("Delegation " + request.delegationId() + " does not exist");
        }
        User user = new User();
        user.username = username;
        user.displayName = displayName == null ? username : displayName;
        user.passwordHash = BcryptUtil.bcryptHash(request.password(), config.bcryptCost());
        user.globalRole = request.role().value();
        user.delegationId = request.delegationId();
        user.persist();
        return Account.of(user);
    }

    /** Creates {@code admin} when the database has no user at all. Returns whether it did. */
    @Transactional
    public boolean bootstrapAdminIfNoUsers() {
        User.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(7300)")
                .getSingleResult();
        if (User.count() > 0) {
            return false;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        create(new NewUser(BOOTSTRAP_ADMIN, password, "Administrator", GlobalRole.ADMIN, null));
        if (generated) {
            LOG.warnf(
                    "Created the account 'admin' with the generated password %s "
                            + "(set DRAFTING_ADMIN_PASSWORD to choose it; this is shown once)",
                    password);
        } else {
            LOG.info("Created the account 'admin' with the password from DRAFTING_ADMIN_PASSWORD");
        }
        return true;
    }

    private static boolean matches(String hash, char[] password) {
        try {
            return BcryptUtil.matches(new String(password), hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public record NewUser(String username, String password, String displayName, GlobalRole role, Long delegationId) {}
}

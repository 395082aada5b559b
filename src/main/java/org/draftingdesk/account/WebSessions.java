package org.draftingdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.draftingdesk.Digests;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sessions that signing out really ends. The form-login cookie only names the user (and
 * stays valid until it expires, whatever the server thinks); beside it the cookie
 * {@value #COOKIE} carries a random token whose digest is a row of {@code web_session}. The
 * session cookie is accepted only while that row exists and belongs to the same user, so deleting
 * the row at sign-out refuses the old cookies on every replica at once.
 */
@ApplicationScoped
public class WebSessions {

    public static final String COOKIE = "dd-session";
    /** Name of the form-login cookie (Quarkus default, {@code quarkus.http.auth.form.cookie-name}). */
    public static final String FORM_COOKIE = "quarkus-credential";

    private static final long PRUNE_EVERY_MILLIS = 60_000;
    private static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Duration idleTimeout;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong lastPrune = new AtomicLong();

    WebSessions(
            DataSource dataSource,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration idleTimeout) {
        this.dataSource = dataSource;
        this.idleTimeout = idleTimeout;
    }

    /** Opens a session for the account; returns the token for the cookie. */
    String open(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        execute("insert into web_session (token_hash, user_id) values (?, ?)", Digests.sha256(token), userId);
        pruneNowAndThen();
        return token;
    }

    /** Whether the token names an open, recently used session of this user; marks it used. */
    boolean isOpen(String token, String username) {
        if (token == null || token.isBlank() || username == null) {
            return false;
        }
        String sql = "select s.last_seen < now() - make_interval(secs => ?) from web_session s "
                + "join app_user u on u.id = s.user_id "
                + "where s.token_hash = ? and u.username = ? and s.last_seen > now() - make_interval(secs => ?)";
        String hash = Digests.sha256(token);
        boolean stale;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDouble(1, TOUCH_AFTER.toSeconds());
            statement.setString(2, hash);
            statement.setString(3, username);
            statement.setDouble(4, idleTimeout.toMillis() / 1000.0);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                stale = rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the session", e);
        }
        if (stale) {
            execute("update web_session set last_seen = now() where token_hash = ?", hash);
        }
        return true;
    }

    /** Ends the session of this token (sign-out). */
    public void close(String token) {
        if (token != null && !token.isBlank()) {
            execute("delete from web_session where token_hash = ?", Digests.sha256(token));
        }
    }

    private void pruneNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastPrune.get();
        if (now - last >= PRUNE_EVERY_MILLIS && lastPrune.compareAndSet(last, now)) {
            execute(
                    "delete from web_session where last_seen < now() - make_interval(secs => ?)",
                    idleTimeout.toMillis() / 1000.0);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the sessions", e);
        }
    }
}

package org.draftingdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.draftingdesk.Digests;

/**
 * Slows down password guessing, by HTTP Basic and by the login form alike. Failures are counted
 * per user name (known or not, so the answer says nothing about which names exist) and per client
 * address, in PostgreSQL so that every replica sees the same counts. The first
 * {@link SignInConfig#freeFailuresPerUser()} failures cost nothing; then the name is locked for
 * {@link SignInConfig#firstLock()}, doubling with each further failure up to
 * {@link SignInConfig#longestLock()}. Failures older than {@link SignInConfig#window()} are
 * forgotten; a successful sign-in clears its name's count (not its address's, or one valid account
 * would let an attacker guess others' passwords from the same address without limit).
 * Times are the database's, so replicas with skewed clocks agree.
 */
@ApplicationScoped
class SignInThrottle {

    private static final long PRUNE_EVERY_MILLIS = 60_000;

    private final DataSource dataSource;
    private final SignInConfig config;
    private final AtomicLong lastPrune = new AtomicLong();

    SignInThrottle(DataSource dataSource, SignInConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    static String userKey(String username) {
        return "user:" + Digests.sha256(username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** Throws {@link SignInRefused} (429) while the name or the address is locked. */
    void refuseIfLocked(String username, String address) {
        String sql = "select ceil(extract(epoch from max(locked_until) - now()))::bigint from sign_in_failure "
                + "where throttle_key in (?, ?) and locked_until > now()";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, userKey(username));
            statement.setString(2, addressKey(address));
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    long seconds = rows.getLong(1);
                    if (!rows.wasNull()) {
                        throw SignInRefused.throttled(Math.max(1, seconds));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in throttle", e);
        }
    }

    void recordFailure(String username, String address) {
        String sql = """
                insert into sign_in_failure as f (throttle_key, failures, last_failure, locked_until)
                values (?, 1, now(), case when 1 >= ? then now() + make_interval(secs => ?) end)
                on conflict (throttle_key) do update set
                  failures = case when f.last_failure < now() - make_interval(secs => ?) then 1 else f.failures + 1 end,
                  last_failure = now(),
                  locked_until = case
                    when (case when f.last_failure < now() - make_interval(secs => ?) then 1 else f.failures + 1 end) >= ?
                    then now() + make_interval(secs => least(?, ? * power(2, least(20,
                      (case when f.last_failure < now() - make_interval(secs => ?) then 1 else f.failures + 1 end) - ?))))
                  end
                """;
        double window = seconds(config.window());
        double first = seconds(config.firstLock());
        double longest = seconds(config.longestLock());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            record(statement, userKey(username), config.freeFailuresPerUser(), window, first, longest);
            record(statement, addressKey(address), config.freeFailuresPerAddress(), window, first, longest);
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a failed sign-in", e);
        }
        pruneNowAndThen();
    }

    private static void record(
            PreparedStatement statement, String key, int free, double window, double first, double longest)
            throws SQLException {
        statement.setString(1, key);
        statement.setInt(2, free);
        statement.setDouble(3, first);
        statement.setDouble(4, window);
        statement.setDouble(5, window);
        statement.setInt(6, free);
        statement.setDouble(7, longest);
        statement.setDouble(8, first);
        statement.setDouble(9, window);
        statement.setInt(10, free);
        statement.addBatch();
    }

    void recordSuccess(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("delete from sign_in_failure where throttle_key = ?")) {
            statement.setString(1, userKey(username));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear the sign-in throttle", e);
        }
    }

    /** Keeps the table as small as the window: rows whose window and lock have both passed go. */
    private void pruneNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastPrune.get();
        if (now - last < PRUNE_EVERY_MILLIS || !lastPrune.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "delete from sign_in_failure where last_failure < now() - make_interval(secs => ?) "
                                + "and (locked_until is null or locked_until < now())")) {
            statement.setDouble(1, seconds(config.window()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prune the sign-in throttle", e);
        }
    }

    private static double seconds(java.time.Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}

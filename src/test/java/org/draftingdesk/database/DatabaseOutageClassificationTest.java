package org.draftingdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Properties;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is out of reach" (503) and which do not. */
class DatabaseOutageClassificationTest {

    @Test
    void aRefusedConnectionIsAnOutageEvenWhenWrapped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        Throwable refused = catchThrowable(() -> new org.postgresql.Driver()
                .connect("jdbc:postgresql://localhost:" + closedPort + "/postgres", properties));
        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(DatabaseOutage.causedBy(refused)).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                        "Unable to acquire JDBC Connection",
                        new JDBCConnectionException("wrapped", (SQLException) refused))))
                .isTrue();
    }

    @Test
    void aPoolAcquisitionTimeoutIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(
                        new SQLException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!")))
                .isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheServerWentAwayIsAnOutage() {
        // A failed commit reports the broken connection as a suppressed failure, not as its cause.
        RuntimeException commit = new IllegalStateException("The transaction could not be committed");
        commit.addSuppressed(new SQLException("terminating connection due to unexpected postmaster exit", "57P01"));
        assertThat(DatabaseOutage.causedBy(new RuntimeException(commit))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotOutages() {
        SQLException duplicate = new SQLException("duplicate key value", "23505");
        assertThat(DatabaseOutage.causedBy(new ConstraintViolationException("dup", duplicate, "uk")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("no"))).isFalse();
    }
}

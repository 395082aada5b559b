package org.draftingdesk.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.draftingdesk.support.EmbeddedPostgresResource;
import org.draftingdesk.support.Signals;
import org.junit.jupiter.api.Test;

/**
 * Faults injected into the real embedded PostgreSQL under the running service: paused (SIGSTOP)
 * and killed (SIGKILL). The service answers 503 with Retry-After meanwhile, says it is not ready,
 * and serves again by itself; no acknowledged edit is lost.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    /** Whatever a test did to the database, the next one (in this class or after it) finds it serving. */
    @org.junit.jupiter.api.AfterEach
    void databaseServesAgain() {
        until(() -> given().get("/q/health/ready"), r -> r.statusCode() == 200);
    }

    @Test
    void theEmbeddedDatabaseIsDurable() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aPausedDatabaseAnswers503WithRetryAfterAndNotReadyThenServesAgain() {
        long postmaster = EmbeddedPostgresResource.running().postmasterPid().orElseThrow();
        Signals.toTree("STOP", postmaster);
        try {
            // Other readiness checks may fail first; wait for the database check itself to say so.
            Response ready = until(
                    () -> given().get("/q/health/ready"),
                    r -> r.statusCode() == 503
                            && "DOWN".equals(r.jsonPath().getString("checks.find { it.name == 'database' }.status")));
            assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
            assertThat(ready.jsonPath().getString("checks.find { it.name == 'database' }.status"))
                    .isEqualTo("DOWN");

            Response api = Api.asAdmin().get("/api/processes");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.header("Retry-After")).isEqualTo("5");
            assertThat(api.jsonPath().getInt("status")).isEqualTo(503);
            assertThat(api.jsonPath().getString("title")).isEqualTo("Service unavailable");

            Response page = given().accept("text/html").get("/processes");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.header("Retry-After")).isEqualTo("5");
            assertThat(page.asString()).contains("Service unavailable").doesNotContain("Exception");
        } finally {
            Signals.toTree("CONT", postmaster);
        }
        until(() -> given().get("/q/health/ready"), r -> r.statusCode() == 200);
        assertThat(Api.asAdmin().get("/api/processes").statusCode()).isEqualTo(200);
    }

    /**
     * A request already waiting on the database when it is paused (here: an edit blocked on a row
     * lock, inside its query) gets 503 with Retry-After as soon as the probe finds the database away,
     * instead of waiting for as long as the pause lasts.
     */
    @Test
    void aRequestUnderWayWhenTheDatabasePausesIsAnswered503() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Outage under way");
        long clause = addClause(s, "OP", "We commit to wait.", null).getLong("id");
        long postmaster = EmbeddedPostgresResource.running().postmasterPid().orElseThrow();
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("select id from clause where id = " + clause + " for update");
            }
            CompletableFuture<Response> edit = CompletableFuture.supplyAsync(() -> Api.asUser(s.coFacilitator())
                    .contentType("application/json")
                    .body(java.util.Map.of("text", "We commit to wait no longer.", "version", 1))
                    .put("/api/processes/{pid}/draft/clauses/{cid}", s.processId(), clause));
            until(() -> blockedOnLock(clause), blocked -> blocked);
            Signals.toTree("STOP", postmaster);
            try {
                Response answer = edit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isEqualTo("5");
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getInt("status")).isEqualTo(503);
                assertThat(answer.jsonPath().getString("title")).isEqualTo("Service unavailable");
            } finally {
                Signals.toTree("CONT", postmaster);
                locker.rollback();
            }
        }
    }

    /** Whether an update of the clause waits for a row lock (read on a connection of the test's own). */
    private boolean blockedOnLock(long clause) {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query ilike '%clause%' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aKilledDatabaseIsStartedAgainAndKeepsEveryAcknowledgedEdit() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Outage");
        List<Long> clauses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            clauses.add(
                    addClause(s, "OP", "We commit to measure " + i + ".", null).getLong("id"));
        }
        for (long clause : clauses) {
            Drafting.edit(s, clause, "Acknowledged wording of " + clause + ".", 1);
        }
        EmbeddedDatabase.Running database = EmbeddedPostgresResource.running();
        long postmaster = database.postmasterPid().orElseThrow();
        int restarts = database.restarts();

        Signals.to("KILL", postmaster);

        until(() -> database.restarts(), n -> n > restarts);
        assertThat(database.postmasterPid().orElseThrow()).isNotEqualTo(postmaster);
        // Meanwhile every request that is not served is a 503 with Retry-After, never another failure.
        Response draft =
                until(() -> Api.asUser(s.coFacilitator()).get("/api/processes/{pid}/draft", s.processId()), r -> {
                    if (r.statusCode() == 503) {
                        assertThat(r.header("Retry-After")).isNotNull();
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        return false;
                    }
                    return true;
                });
        assertThat(draft.statusCode()).isEqualTo(200);
        for (long clause : clauses) {
            assertThat(draft.jsonPath().getString("clauses.find { it.id == " + clause + " }.text"))
                    .isEqualTo("Acknowledged wording of " + clause + ".");
        }
        until(() -> given().get("/q/health/ready"), r -> r.statusCode() == 200);

        // Live events flow again: the listener found its way back to the new server.
        CompletableFuture<String> event = firstEventContaining(s, "clause-edited");
        long clause = clauses.get(0);
        String line = null;
        for (int version = 2; line == null && version < 60; version++) {
            Drafting.edit(s, clause, "Wording after the restart, take " + version + ".", version);
            try {
                line = event.get(1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                // the listener reconnects within a second or two
            }
        }
        assertThat(line).contains("\"clauseId\":" + clause);
    }

    private CompletableFuture<String> firstEventContaining(Setup s, String wanted) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String credentials = Base64.getEncoder()
                .encodeToString((s.coFacilitator() + ":" + s.coFacilitator() + "-pw").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/processes/" + s.processId() + "/events"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<Stream<String>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> response.body()
                .filter(line -> line.startsWith("data:") && line.contains(wanted))
                .findFirst()
                .orElse(null));
    }

    /** Asks again every 200 ms until the answer satisfies {@code done}; fails after a minute. */
    private static <T> T until(java.util.function.Supplier<T> ask, Predicate<T> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T answer = ask.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not there after " + PATIENCE + ": " + answer);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

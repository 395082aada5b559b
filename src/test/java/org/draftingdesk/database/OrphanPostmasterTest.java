package org.draftingdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start of the embedded database after the service was killed, on a real PostgreSQL. */
class OrphanPostmasterTest {

    @TempDir
    Path temp;

    @Test
    void aStartStopsTheServerLeftRunningByAKilledServiceAndKeepsItsData() throws Exception {
        Path data = temp.resolve("pg");
        Process service = new ProcessBuilder(
                        javaCommand(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServiceThatGetsKilled.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        long orphan;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                // start-up chatter
            }
            assertThat(line).as("the child service started its database").isNotNull();
            orphan = Long.parseLong(line.substring("READY ".length()).trim());
            service.destroyForcibly().waitFor();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the orphan outlived its service")
                .hasValue(true);

        EmbeddedDatabase.Running running = EmbeddedDatabase.start(data, false);
        try {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(running.postmasterPid().orElseThrow()).isNotEqualTo(orphan);
            assertThat(notes(running)).containsExactly("written before the kill");
        } finally {
            running.close();
        }
    }

    @Test
    void aServerOfAnotherRunningServiceIsNeitherStoppedNorShared() {
        Path data = temp.resolve("pg");
        EmbeddedDatabase.Running first = EmbeddedDatabase.start(data, false);
        try {
            long pid = first.postmasterPid().orElseThrow();
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, false))
                    .hasMessageContaining("in use by another running Drafting Desk");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).hasValue(true);
        } finally {
            first.close();
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsNeitherObeyedNorKilled() throws Exception {
        Path data = temp.resolve("pg");
        EmbeddedDatabase.start(data, false).close();
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            // As if the server had been killed and its pid given to an unrelated program since.
            Files.write(data.resolve("postmaster.pid"), List.of(Long.toString(stranger.pid()), data.toString()));
            EmbeddedDatabase.Running running = EmbeddedDatabase.start(data, false);
            try {
                assertThat(stranger.isAlive()).isTrue();
                assertThat(running.postmasterPid().orElseThrow()).isNotEqualTo(stranger.pid());
            } finally {
                running.close();
            }
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void theWatchdogStartsAKilledServerAgainOnTheSamePort() throws Exception {
        Path data = temp.resolve("pg");
        EmbeddedDatabase.Running running = EmbeddedDatabase.start(data, false);
        try {
            String url = running.properties().get("quarkus.datasource.jdbc.url");
            long pid = running.postmasterPid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (running.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(running.restarts()).isEqualTo(1);
            assertThat(running.properties().get("quarkus.datasource.jdbc.url")).isEqualTo(url);
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            running.close();
        }
    }

    private static List<String> notes(EmbeddedDatabase.Running running) throws Exception {
        String url = running.properties().get("quarkus.datasource.jdbc.url");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from acknowledged")) {
            List<String> notes = new java.util.ArrayList<>();
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
            return notes;
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}

package org.draftingdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * deploy/backup.sh and deploy/restore.sh, run as an operator would: a populated database is backed
 * up, restored into a new database, and every table comes back row for row.
 */
@QuarkusTest
class BackupRestoreTest {

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static Connection connect(String database) throws SQLException {
        URI uri = URI.create(config("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + database;
        return DriverManager.getConnection(
                url, config("quarkus.datasource.username"), config("quarkus.datasource.password"));
    }

    private static String databaseOf(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path.substring(1);
    }

    /** A libpq URI for the scripts' DATABASE_URL. */
    private static String libpqUrl(String database) {
        URI uri = URI.create(config("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
        return "postgresql://" + URLEncoder.encode(config("quarkus.datasource.username"), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(config("quarkus.datasource.password"), StandardCharsets.UTF_8) + "@"
                + uri.getHost() + ":" + uri.getPort() + "/" + database;
    }

    /** Per table of the public schema: row count and a checksum of all its rows, order-independent. */
    private static Map<String, String> fingerprint(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> result = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) as n, "
                            + "coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as checksum from public.\""
                            + table + "\" t")) {
                rs.next();
                result.put(table, rs.getLong("n") + " rows, " + rs.getString("checksum"));
            }
        }
        return result;
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }

    private static void populate() {
        Setup s = Drafting.processWithCoFacilitator("Backed up");
        long recommendation = Drafting.importSummary(s).getLong("themes[0].recommendations[0].id");
        long clause = addClause(s, "OP", "We commit to act against trafficking in persons.", null)
                .getLong("id");
        Drafting.edit(s, clause, "We commit to act decisively against trafficking in persons.", 1);
        long link = Drafting.link(s, clause, recommendation);
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("note", "still right"))
                .post("/api/processes/{pid}/links/{lid}/confirm", s.processId(), link);
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String tajikistan = Drafting.delegate(s, "Tajikistan");
        long comment = Api.asUser(cyprus)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "text",
                        "Stronger wording",
                        "amendment",
                        Map.of("op", "replace", "find", "decisively", "replacement", "resolutely")))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), zero, clause)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.asUser(tajikistan)
                .contentType("application/json")
                .body(Map.of("stance", "support"))
                .post("/api/comments/{id}/positions", comment)
                .then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    @Test
    void aBackupRestoredIntoANewDatabaseHoldsEveryRowOfEveryTable() throws Exception {
        populate();
        String source = databaseOf(config("quarkus.datasource.jdbc.url"));
        String restored = "restored_" + System.nanoTime();
        Path dump = Files.createTempDirectory("drafting-backup").resolve("drafting.dump");

        Map<String, String> before;
        try (Connection c = connect(source)) {
            // Fingerprint exactly what pg_dump sees: the same snapshot, whatever else writes meanwhile.
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            before = fingerprint(c);
            String out = run(
                    Map.of("DATABASE_URL", libpqUrl(source)),
                    "deploy/backup.sh",
                    dump.toString(),
                    "--snapshot=" + snapshot);
            assertThat(out).contains("Backed up to");
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("create database " + restored);
            }
        }
        try {
            run(Map.of("DATABASE_URL", libpqUrl(restored)), "deploy/restore.sh", dump.toString());
            Map<String, String> after;
            try (Connection c = connect(restored)) {
                after = fingerprint(c);
            }
            for (String table : List.of(
                    "drafting_process",
                    "revision",
                    "revision_clause",
                    "clause_version",
                    "trace_link",
                    "trace_link_event",
                    "clause_comment",
                    "comment_position",
                    "flyway_schema_history")) {
                assertThat(before.get(table)).as(table).isNotNull().doesNotStartWith("0 rows");
            }
            assertThat(after).isEqualTo(before);

            // A second restore into the now populated database is refused, not merged.
            ProcessBuilder again = new ProcessBuilder("deploy/restore.sh", dump.toString()).redirectErrorStream(true);
            again.environment().put("DATABASE_URL", libpqUrl(restored));
            Process p = again.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(output).contains("restore into an empty database");
        } finally {
            try (Connection c = connect(source);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + restored);
            }
        }
    }
}

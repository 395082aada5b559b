package org.draftingdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark: builds a process of size S, M or L, then measures each operation under load next
 * to its two ceilings measured in the same run: the same server's trivial signed-in endpoint
 * (/api/me: the framework's limit) and PostgreSQL's time for the equivalent raw SQL (the storage's
 * limit). Run with bench/run; {@link #main} starts the packaged service itself, on loopback.
 */
public final class Bench {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Row(String operation, Load.Stats http, double ratioToMe, Load.Stats sql, String sqlWhat) {}

    private Bench() {}

    interface SqlCall {
        void run(Connection c) throws Exception;
    }

    private static Load.Stats sql(Load.Target target, Load.Timing timing, SqlCall call) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < timing.threads(); i++) {
            connections.add(target.connect());
        }
        try {
            return Load.run(timing, t -> () -> {
                call.run(connections.get(t));
                return true;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Runs the queries and reads every row, as the service does. */
    private static void query(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }

    /** Builds the data of {@code sizeName} in the target and measures every operation. */
    public static Map<String, Object> measureSize(String sizeName, Load.Target target, Load.Timing timing)
            throws Exception {
        Load.Http http = new Load.Http(target);
        BenchData.Built data = BenchData.build(BenchData.Size.of(sizeName), target, http);
        long pid = data.processId();
        String coverage = "/api/processes/" + pid + "/coverage";
        String issued = coverage + "?revision=" + data.lastRevision();
        long clause = data.clauseIds().get(data.clauseIds().size() / 2);
        String etag = http.get(issued).headers().firstValue("ETag").orElse("");
        http.signIn(target);

        List<Row> rows = new ArrayList<>();
        // The ceiling is measured first, so the request path (sign-in check, JSON) is warmed up
        // before it counts: a cold JIT would make the ceiling low and every ratio flattering.
        Load.run(
                new Load.Timing(timing.threads(), Duration.ZERO, timing.measure()),
                t -> () -> http.get("/api/me").statusCode() == 200);
        Load.Stats me = Load.run(timing, t -> () -> http.get("/api/me").statusCode() == 200);
        Load.Stats meSql = sql(target, timing, c -> {
            query(c, "select * from app_user where username = ?", target.user());
            query(c, "select * from app_user where username = ?", target.user());
        });
        rows.add(new Row("/api/me (trivial, signed in)", me, 1.0, meSql, "2 user lookups"));

        SqlCall issuedSql = c -> {
            query(
                    c,
                    "select rt.theme_id, rt.source_id, rt.number, rt.title from revision_theme rt where rt.revision_id = ?",
                    data.lastRevision());
            query(
                    c,
                    "select recommendation_id, theme_id, body, stakeholder_group from revision_recommendation "
                            + "where revision_id = ? order by theme_id, position",
                    data.lastRevision());
            query(
                    c,
                    "select clause_id, label from revision_clause where revision_id = ? order by ordinal",
                    data.lastRevision());
            query(
                    c,
                    "select clause_id, recommendation_id, theme_id, state from revision_link where revision_id = ?",
                    data.lastRevision());
        };
        SqlCall workingSql = c -> {
            query(
                    c,
                    "select t.id, t.source_id, t.number, t.title from theme t join source_document s on s.id = t.source_id "
                            + "where s.process_id = ?",
                    pid);
            query(
                    c,
                    "select r.id, r.theme_id, r.body, r.stakeholder_group from recommendation r join theme t on t.id = "
                            + "r.theme_id join source_document s on s.id = t.source_id where s.process_id = ? order by t.id, r.position",
                    pid);
            query(
                    c,
                    "select id, label from clause where process_id = ? and status <> 'deleted' order by position",
                    pid);
            query(c, "select clause_id, recommendation_id, theme_id, state from trace_link where process_id = ?", pid);
        };
        SqlCall draftSql = c -> query(
                c, "select * from clause where process_id = ? and status <> 'deleted' " + "order by position", pid);
        add(
                rows,
                me,
                "coverage, issued revision (200)",
                timing,
                http,
                issued,
                null,
                target,
                issuedSql,
                "4 reads of the frozen tables");
        add(
                rows,
                me,
                "coverage, issued revision (304)",
                timing,
                http,
                issued,
                etag,
                target,
                issuedSql,
                "4 reads of the frozen tables");
        add(
                rows,
                me,
                "coverage, working draft",
                timing,
                http,
                coverage,
                null,
                target,
                workingSql,
                "4 reads of the live tables");
        rows.add(measured(
                "draft page (HTML)",
                me,
                Load.run(
                        timing,
                        t -> () -> http.page("/processes/" + pid + "/draft").statusCode() == 200),
                sql(target, timing, draftSql),
                "clauses of the draft"));
        add(
                rows,
                me,
                "draft (JSON)",
                timing,
                http,
                "/api/processes/" + pid + "/draft",
                null,
                target,
                draftSql,
                "clauses of the draft");
        add(
                rows,
                me,
                "compare first revision -> working",
                timing,
                http,
                "/api/processes/" + pid + "/compare?from=" + data.firstRevision() + "&to=working",
                null,
                target,
                c -> {
                    query(
                            c,
                            "select clause_id, label, kind, body, status from revision_clause where revision_id = ? "
                                    + "order by ordinal",
                            data.firstRevision());
                    draftSql.run(c);
                },
                "frozen clauses + draft clauses");
        String suggestions = "/api/processes/" + pid + "/draft/clauses/" + clause + "/suggestions?limit=10";
        SqlCall vectors = c -> {
            query(
                    c,
                    "select e.owner_id, e.vector from text_embedding e join recommendation r on e.owner_kind = "
                            + "'recommendation' and e.owner_id = r.id join theme t on t.id = r.theme_id join source_document s "
                            + "on s.id = t.source_id where s.process_id = ?",
                    pid);
            query(
                    c,
                    "select r.id, ts_rank(r.body_tsv, q) from recommendation r join theme t on t.id = r.theme_id "
                            + "join source_document s on s.id = t.source_id, plainto_tsquery('english', (select body from clause "
                            + "where id = ?)) q where s.process_id = ? and r.body_tsv @@ q",
                    clause,
                    pid);
        };
        if (http.get(suggestions).statusCode() == 200) {
            add(
                    rows,
                    me,
                    "suggestions for a clause",
                    timing,
                    http,
                    suggestions,
                    null,
                    target,
                    vectors,
                    "all vectors of the process + full-text rank");
        }
        String precedents = "/api/processes/" + pid + "/draft/clauses/" + clause + "/precedents";
        if (http.get(precedents).statusCode() == 200) {
            add(
                    rows,
                    me,
                    "precedents for a clause",
                    timing,
                    http,
                    precedents,
                    null,
                    target,
                    draftSql,
                    "(no equivalent)");
        }
        Map<Long, Integer> versions = new ConcurrentHashMap<>(data.versions());
        List<Long> clauses = data.clauseIds();
        Load.Stats edits = Load.run(timing, t -> {
            long cid = clauses.get(t % clauses.size());
            int[] n = {0};
            return () -> {
                HttpResponse<String> r = http.send(
                        "PUT",
                        "/api/processes/" + pid + "/draft/clauses/" + cid,
                        "application/json",
                        JSON.writeValueAsString(Map.of(
                                "text", "We commit to act, edit " + t + "." + (n[0]++), "version", versions.get(cid))));
                if (r.statusCode() == 200) {
                    versions.put(cid, JSON.readTree(r.body()).path("version").asInt());
                    return true;
                }
                return false;
            };
        });
        Load.Stats editSql = sql(target, timing, c -> {
            c.setAutoCommit(false);
            query(c, "select * from clause where id = ? for update", clauses.get(0));
            try (PreparedStatement u = c.prepareStatement(
                    "update clause set body = body || '.', version = version + 1 " + "where id = ?")) {
                u.setLong(1, clauses.get(0));
                u.executeUpdate();
            }
            c.rollback();
            c.setAutoCommit(true);
        });
        rows.add(
                measured("clause edit (PUT, one clause per client)", me, edits, editSql, "lock, update (rolled back)"));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", sizeName);
        result.put("data", data.counts());
        result.put("buildSeconds", data.stepSeconds());
        result.put("hearingImportMs", median(data.hearingImportMs()));
        result.put("threads", timing.threads());
        result.put("measureSeconds", timing.measure().toSeconds());
        List<Map<String, Object>> ops = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("operation", r.operation());
            op.put("http", r.http());
            op.put("throughputRatioToMe", round(r.ratioToMe()));
            op.put("sql", r.sql());
            op.put("sqlIs", r.sqlWhat());
            op.put("medianRatioToSql", round(r.http().medianMs() / r.sql().medianMs()));
            ops.add(op);
        }
        result.put("operations", ops);
        return result;
    }

    private static void add(
            List<Row> rows,
            Load.Stats me,
            String name,
            Load.Timing timing,
            Load.Http http,
            String path,
            String ifNoneMatch,
            Load.Target target,
            SqlCall sql,
            String sqlWhat)
            throws Exception {
        int expected = ifNoneMatch == null ? 200 : 304;
        Load.Stats stats = Load.run(timing, t -> () -> {
            HttpRequest.Builder b = http.api(path).GET();
            if (ifNoneMatch != null) {
                b.header("If-None-Match", ifNoneMatch);
            }
            HttpResponse<byte[]> r = http.client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == expected;
        });
        rows.add(measured(name, me, stats, sql(target, timing, sql), sqlWhat));
    }

    private static Row measured(String name, Load.Stats me, Load.Stats http, Load.Stats sql, String sqlWhat) {
        return new Row(name, http, http.perSecond() / me.perSecond(), sql, sqlWhat);
    }

    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : round(sorted.get(sorted.size() / 2));
    }

    /** The table printed for one size. */
    @SuppressWarnings("unchecked")
    public static String table(Map<String, Object> result) {
        StringBuilder s = new StringBuilder();
        s.append("size ")
                .append(result.get("size"))
                .append(": ")
                .append(result.get("data"))
                .append("; hearing import median ")
                .append(result.get("hearingImportMs"))
                .append(" ms");
        if (result.containsKey("readySeconds")) {
            s.append("; ready in ")
                    .append(result.get("readySeconds"))
                    .append(" s, RSS after start ")
                    .append(result.get("rssAfterStartMb"))
                    .append(" MB, after load ")
                    .append(result.get("rssAfterLoadMb"))
                    .append(" MB");
        }
        s.append("\n| operation | median ms | p99 ms | req/s | errors | ÷ /api/me req/s | SQL median ms | SQL p99 ms "
                + "| SQL req/s | median ÷ SQL median |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> op : (List<Map<String, Object>>) result.get("operations")) {
            Load.Stats h = (Load.Stats) op.get("http");
            Load.Stats q = (Load.Stats) op.get("sql");
            s.append(String.format(
                    "| %s | %.1f | %.1f | %.0f | %d | %.2f | %.2f | %.2f | %.0f | %.1f |%n",
                    op.get("operation"),
                    h.medianMs(),
                    h.p99Ms(),
                    h.perSecond(),
                    h.errors(),
                    op.get("throughputRatioToMe"),
                    q.medianMs(),
                    q.p99Ms(),
                    q.perSecond(),
                    op.get("medianRatioToSql")));
        }
        return s.toString();
    }

    /** p99 of each operation at each size, and its growth from the first size. */
    @SuppressWarnings("unchecked")
    static String growth(List<Map<String, Object>> results) {
        StringBuilder s = new StringBuilder("| operation (p99 ms) |");
        results.forEach(r -> s.append(' ').append(r.get("size")).append(" |"));
        results.stream()
                .skip(1)
                .forEach(r -> s.append(' ')
                        .append(r.get("size"))
                        .append(" ÷ ")
                        .append(results.get(0).get("size"))
                        .append(" |"));
        s.append("\n|---|").append("---|".repeat(results.size() * 2 - 1)).append('\n');
        for (Map<String, Object> op : (List<Map<String, Object>>) results.get(0).get("operations")) {
            String name = (String) op.get("operation");
            List<Double> p99 = results.stream()
                    .map(r -> ((List<Map<String, Object>>) r.get("operations"))
                            .stream()
                                    .filter(o -> name.equals(o.get("operation")))
                                    .findFirst()
                                    .map(o -> ((Load.Stats) o.get("http")).p99Ms())
                                    .orElse(Double.NaN))
                    .toList();
            s.append("| ").append(name).append(" |");
            p99.forEach(p -> s.append(String.format(" %.1f |", p)));
            p99.stream().skip(1).forEach(p -> s.append(String.format(" %.2f |", p / p99.get(0))));
            s.append('\n');
        }
        return s.toString();
    }

    // ---- the packaged service, started here on loopback

    public static void main(String[] args) throws Exception {
        List<String> sizes = args.length == 0 ? List.of("S", "M") : List.of(args);
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the service first: ./mvnw -q package -DskipTests");
        }
        Load.Timing timing = new Load.Timing(
                Integer.getInteger("bench.threads", 8),
                Duration.ofSeconds(Integer.getInteger("bench.warmup", 2)),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 6)));
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        List<Map<String, Object>> results = new ArrayList<>();
        for (String size : sizes) {
            Map<String, Object> result = runPackaged(size, jar, out, timing);
            results.add(result);
            System.out.println(table(result));
            JSON.writeValue(out.resolve("results-" + size + ".json").toFile(), result);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("results", results);
        String growth = results.size() > 1 ? growth(results) : "";
        all.put("growth", growth);
        JSON.writeValue(out.resolve("results.json").toFile(), all);
        StringBuilder md = new StringBuilder();
        results.forEach(r -> md.append(table(r)).append('\n'));
        md.append(growth);
        Files.writeString(out.resolve("results.md"), md.toString());
        if (!growth.isEmpty()) {
            System.out.println(growth);
        }
        System.out.println("Written: target/bench/results.json, target/bench/results.md");
    }

    private static Map<String, Object> runPackaged(String size, Path jar, Path out, Load.Timing timing)
            throws Exception {
        Path data = out.resolve("data-" + size).toAbsolutePath();
        deleteTree(data);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String password = "bench-admin-password";
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("service-" + size + ".log").toFile());
        pb.environment().put("DRAFTING_DATA_DIR", data.toString());
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("DRAFTING_ADMIN_PASSWORD", password);
        pb.environment().put("DRAFTING_IMPORT_SEEDS", "false");
        pb.environment().put("QUARKUS_SHUTDOWN_DELAY", "0S");
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        long start = System.nanoTime();
        Process service = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient probe = HttpClient.newHttpClient();
            while (true) {
                if (!service.isAlive()) {
                    throw new IllegalStateException("The service stopped; see target/bench/service-" + size + ".log");
                }
                try {
                    if (probe.send(
                                            HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            double ready = (System.nanoTime() - start) / 1e9;
            Thread.sleep(2000);
            long rssStart = rssMb(service.pid());
            String pgPort =
                    Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip();
            Load.Target target = new Load.Target(
                    base,
                    "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                    "postgres",
                    "postgres",
                    "admin",
                    password);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("readySeconds", round(ready));
            result.put("rssAfterStartMb", rssStart);
            result.putAll(measureSize(size, target, timing));
            result.put("rssAfterLoadMb", rssMb(service.pid()));
            return result;
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}

package org.draftingdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.draftingdesk.database.EmbeddedDatabase;

/**
 * Two packaged services on one PostgreSQL, on loopback; clients call them in turn, as a proxy
 * would, retrying an idempotent request once on the other replica when the first fails (connection
 * refused or reset, or 5xx). Meanwhile each replica in turn is stopped (SIGTERM: graceful) and
 * started again. Prints how many requests were served first time, served on retry, and dropped
 * (both attempts failed). Run with bench/rolling-restart.
 */
public final class RollingRestart {

    private RollingRestart() {}

    record Replica(String name, int port, Path log) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    public static void main(String[] args) throws Exception {
        boolean failed = false;
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path dataDir = Files.createTempDirectory("drafting-rolling-pg");
        EmbeddedDatabase.Running db = EmbeddedDatabase.start(dataDir, true);
        Map<String, String> props = db.properties();
        String session = Base64.getEncoder()
                .encodeToString("rolling-restart-shared-session-key!".getBytes(StandardCharsets.UTF_8));
        List<Replica> replicas = List.of(
                new Replica("A", freePort(), out.resolve("rolling-A.log")),
                new Replica("B", freePort(), out.resolve("rolling-B.log")));
        Process[] running = new Process[2];
        try {
            for (int i = 0; i < 2; i++) {
                running[i] = start(jar, replicas.get(i), props, session, i == 0);
                awaitReady(replicas.get(i), running[i]);
            }
            String auth = "Basic "
                    + Base64.getEncoder().encodeToString("admin:rolling-admin-pw".getBytes(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong first = new AtomicLong();
            AtomicLong retried = new AtomicLong();
            AtomicLong dropped = new AtomicLong();
            List<String> paths = List.of("/api/me", "/api/processes", "/api/delegations");
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                Thread c = new Thread(
                        () -> {
                            long n = offset;
                            while (!stop.get()) {
                                n++;
                                String path = paths.get((int) (n % paths.size()));
                                Replica one = replicas.get((int) (n % 2));
                                Replica other = replicas.get((int) ((n + 1) % 2));
                                if (ok(client, one, path, auth)) {
                                    first.incrementAndGet();
                                } else if (ok(client, other, path, auth)) {
                                    retried.incrementAndGet();
                                } else {
                                    dropped.incrementAndGet();
                                }
                            }
                        },
                        "client-" + t);
                clients.add(c);
                c.start();
            }
            Thread.sleep(3000);
            List<String> timeline = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Replica r = replicas.get(i);
                long t0 = System.nanoTime();
                running[i].destroy();
                running[i].waitFor(60, TimeUnit.SECONDS);
                timeline.add(
                        String.format("%s stopped gracefully in %.1f s", r.name(), (System.nanoTime() - t0) / 1e9));
                running[i] = start(jar, r, props, session, false);
                awaitReady(r, running[i]);
                timeline.add(String.format("%s ready again after %.1f s", r.name(), (System.nanoTime() - t0) / 1e9));
                Thread.sleep(3000);
            }
            stop.set(true);
            for (Thread c : clients) {
                c.join();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("timeline", timeline);
            result.put("servedFirstTime", first.get());
            result.put("servedOnRetry", retried.get());
            result.put("dropped", dropped.get());
            Bench.JSON.writeValue(out.resolve("rolling-restart.json").toFile(), result);
            System.out.println(String.join("\n", timeline));
            System.out.printf(
                    "requests: %d served first time, %d served on retry on the other replica, %d dropped%n",
                    first.get(), retried.get(), dropped.get());
            if (dropped.get() > 0) {
                failed = true;
            }
        } finally {
            for (Process p : running) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(60, TimeUnit.SECONDS);
                }
            }
            db.close();
        }
        if (failed) {
            System.err.println("FAILED: a request was dropped during the rolling restart");
            System.exit(1);
        }
    }

    private static boolean ok(HttpClient client, Replica r, String path, String auth) {
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(r.base() + path))
                            .header("Authorization", auth)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Process start(Path jar, Replica r, Map<String, String> db, String session, boolean seeds)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(r.log().toFile()));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"));
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"));
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(r.port()));
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", session);
        pb.environment().put("DRAFTING_ADMIN_PASSWORD", "rolling-admin-pw");
        pb.environment().put("DRAFTING_IMPORT_SEEDS", String.valueOf(seeds));
        return pb.start();
    }

    private static void awaitReady(Replica r, Process p) throws Exception {
        HttpClient probe = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("Replica " + r.name() + " stopped; see " + r.log());
            }
            try {
                if (probe.send(
                                        HttpRequest.newBuilder(URI.create(r.base() + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Replica " + r.name() + " not ready in 10 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

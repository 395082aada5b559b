package org.draftingdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not a unit test: the reliability suite, run by {@code bench/reliability}. It starts the packaged
 * service ({@code java -jar target/quarkus-app/quarkus-run.jar}) as a separate process with its own
 * data directory and port, lets concurrent writers edit a draft, and injects faults for real:
 * kill -9 of the embedded PostgreSQL, SIGSTOP/SIGCONT of it, kill -9 of the service in the middle
 * of issuing a revision and in the middle of an import. After each fault it checks every
 * acknowledged write and prints what it tried and what held. It fails if an acknowledged write is
 * lost or any request answers a 5xx other than 503. Before the faults it sends a batch of hostile
 * requests ({@link HostileBatch}); it fails if any of them answers a 5xx, or a 4xx that is not a
 * problem document. {@code -Dreliability.only=hostile} runs only that batch.
 */
class ReliabilitySuite {

    private static final String PASSWORD = "reliability-admin";
    private static final int WRITERS = Integer.getInteger("reliability.writers", 4);
    /** {@code hostile} runs only the hostile batch (no writers, no faults); empty runs everything. */
    private static final String ONLY = System.getProperty("reliability.only", "");

    private static final Duration READY_PATIENCE = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path work = Path.of("target", "reliability").toAbsolutePath();
    private final Path data = work.resolve("data");
    private final int port = freePort();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String auth =
            "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    // What was sent and how it was answered.
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> statusClasses = new ConcurrentHashMap<>();
    private final List<String> unexpected5xx = new CopyOnWriteArrayList<>();
    private final AtomicLong slowest503Millis = new AtomicLong();
    // Writers' ledger: every acknowledged edit, by clause.
    private final Map<Long, List<Acknowledged>> ledger = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final List<String> faults = new ArrayList<>();
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final List<String> lostDetails = new CopyOnWriteArrayList<>();

    private Process service;
    private int serviceStarts;

    record Acknowledged(int version, String text) {}

    record Answer(int status, String body, long millis) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    @Test
    void run() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("package first: ./mvnw package -DskipTests").exists();
        deleteTree(data);
        Files.createDirectories(work);
        say("service: java -jar %s, port %d, data %s", jar, port, data);
        if (!ONLY.isEmpty() && !ONLY.equals("hostile")) {
            throw new IllegalArgumentException("reliability.only: 'hostile' or nothing, not '" + ONLY + "'");
        }
        try {
            startService();
            HostileBatch hostile = new HostileBatch(port, auth, line -> say("%s", line));
            hostile.run();
            if (!ONLY.equals("hostile")) {
                injectFaults();
                say(
                        "hostile requests sent: %d; 5xx: %d; 4xx not application/problem+json: %d",
                        hostile.sent(),
                        hostile.serverErrors().size(),
                        hostile.notProblem().size());
            }
            assertThat(hostile.failures())
                    .as("hostile requests answered 5xx, 4xx that are not problem documents, "
                            + "or changed what they must not")
                    .isEmpty();
        } finally {
            if (service != null && service.isAlive()) {
                service.destroy(); // a graceful stop also stops its PostgreSQL
                service.waitFor();
            }
        }
    }

    private void injectFaults() throws Exception {
        String summary = Files.readString(Path.of("seeds", "004_e8e4dedb133d506a.txt"));

        long pid = number(send(
                        "POST",
                        "/api/processes",
                        "application/json",
                        "{\"title\":\"Reliability " + System.currentTimeMillis() + "\"}")
                .json()
                .get("id"));
        List<Long> clauses = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Answer made = send(
                    "POST",
                    "/api/processes/" + pid + "/draft/clauses",
                    "application/json",
                    JSON.writeValueAsString(Map.of("kind", "OP", "text", "Writer " + w + " starts here.")));
            clauses.add(number(made.json().get("id")));
        }
        long referenceProcess = number(send(
                        "POST",
                        "/api/processes",
                        "application/json",
                        "{\"title\":\"Reliability reference " + System.currentTimeMillis() + "\"}")
                .json()
                .get("id"));
        Answer referenceImport = importSource(referenceProcess, summary + "\n\nReference copy.\n");
        if (referenceImport.status() != 201) {
            throw new IllegalStateException(
                    "The reference import answered " + referenceImport.status() + ": " + referenceImport.body());
        }
        JsonNode reference = referenceImport.json();
        long referenceThemes =
                reference.get("themes") != null && reference.get("themes").isArray()
                        ? reference.get("themes").size()
                        : -1;
        say(
                "setup: process %d with %d clauses, one per writer; reference import: %s themes",
                pid, WRITERS, referenceThemes);

        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long clause = clauses.get(w);
            int id = w;
            Thread t = new Thread(() -> write(pid, clause, id, writing), "writer-" + w);
            t.start();
            writers.add(t);
        }
        Thread.sleep(5000);
        check(pid, "before any fault");

        // 1. kill -9 the database; the service's watchdog starts it again.
        long postmaster = postmasterPid();
        long t0 = System.nanoTime();
        signal("KILL", postmaster);
        long firstRefusal = awaitFirst503();
        long recovered = awaitReady();
        faults.add(String.format(
                "kill -9 PostgreSQL (pid %d): first 503 after %d ms, serving again after %d ms",
                postmaster, firstRefusal < 0 ? -1 : (firstRefusal - t0) / 1_000_000, (recovered - t0) / 1_000_000));
        say("fault 1: %s", faults.get(faults.size() - 1));
        Thread.sleep(2000);
        check(pid, "after kill -9 of the database");

        // 2. Pause the database (every process of it) for eight seconds.
        postmaster = postmasterPid();
        t0 = System.nanoTime();
        signalTree("STOP", postmaster);
        firstRefusal = awaitFirst503();
        Thread.sleep(Math.max(0, 8000 - (System.nanoTime() - t0) / 1_000_000));
        signalTree("CONT", postmaster);
        recovered = awaitReady();
        faults.add(String.format(
                "SIGSTOP PostgreSQL for 8 s: first 503 after %d ms, serving again %d ms after SIGCONT",
                firstRefusal < 0 ? -1 : (firstRefusal - t0) / 1_000_000, (recovered - t0) / 1_000_000 - 8000));
        say("fault 2: %s", faults.get(faults.size() - 1));
        Thread.sleep(2000);
        check(pid, "after pausing the database");

        // 3. kill -9 the service while it issues a revision.
        AtomicInteger issuedStatus = new AtomicInteger(-2);
        Thread issuing = new Thread(() -> issuedStatus.set(
                send("POST", "/api/processes/" + pid + "/revisions", "application/json", "{\"label\":\"Rev.killed\"}")
                        .status()));
        issuing.start();
        Thread.sleep(new Random().nextInt(30, 120));
        killService();
        issuing.join();
        t0 = System.nanoTime();
        startService();
        faults.add(String.format(
                "kill -9 the service while issuing a revision (answer before the kill: %s); "
                        + "restarted (orphaned PostgreSQL stopped) and ready after %d ms",
                issuedStatus.get() < 0 ? "none" : issuedStatus.get(), (System.nanoTime() - t0) / 1_000_000));
        say("fault 3: %s", faults.get(faults.size() - 1));
        checkRevisions(pid, issuedStatus.get() == 201 ? "Rev.killed" : null);
        check(pid, "after killing the service mid-revision");

        // 4. kill -9 the service in the middle of an import.
        long importProcess = number(send(
                        "POST",
                        "/api/processes",
                        "application/json",
                        "{\"title\":\"Reliability import " + System.currentTimeMillis() + "\"}")
                .json()
                .get("id"));
        AtomicInteger importStatus = new AtomicInteger(-2);
        Thread importing = new Thread(() -> importStatus.set(
                importSource(importProcess, summary + "\n\nKilled copy.\n").status()));
        importing.start();
        Thread.sleep(new Random().nextInt(300, 1500));
        killService();
        importing.join();
        t0 = System.nanoTime();
        startService();
        faults.add(String.format(
                "kill -9 the service during an import (answer before the kill: %s); "
                        + "restarted and ready after %d ms",
                importStatus.get() < 0 ? "none" : importStatus.get(), (System.nanoTime() - t0) / 1_000_000));
        say("fault 4: %s", faults.get(faults.size() - 1));
        checkImport(importProcess, importStatus.get() == 201, reference);
        check(pid, "after killing the service mid-import");

        Thread.sleep(3000);
        writing.set(false);
        for (Thread t : writers) {
            t.join();
        }
        check(pid, "at the end");
        killService();
        stopOrphanedDatabase();

        say("---");
        say("requests sent: %d; answers by class: %s", requests.get(), new java.util.TreeMap<>(statusClasses));
        say(
                "writers: %d; edits accepted: %d, refused: %d (409 stale version or 503), unanswered (service down): %d",
                WRITERS, accepted.get(), refused.get(), unanswered.get());
        say("faults injected: %d", faults.size());
        faults.forEach(f -> say("  - %s", f));
        say("slowest 503: %d ms", slowest503Millis.get());
        say("acknowledged writes checked: %d (after each fault); lost: %d", checked.get(), lost.get());
        say("5xx other than 503: %d", unexpected5xx.size());
        unexpected5xx.stream().limit(10).forEach(u -> say("  ! %s", u));
        lostDetails.stream().limit(10).forEach(u -> say("  ! lost %s", u));
        assertThat(lost.get()).as("acknowledged writes lost").isZero();
        assertThat(unexpected5xx).as("5xx answers other than 503").isEmpty();
    }

    // --- writers

    private void write(long pid, long clause, int writer, AtomicBoolean writing) {
        int version = 1;
        int n = 0;
        while (writing.get()) {
            n++;
            String text = "Writer " + writer + " edit " + n + ".";
            Answer a = send(
                    "PUT",
                    "/api/processes/" + pid + "/draft/clauses/" + clause,
                    "application/json",
                    "{\"text\":\"" + text + "\",\"version\":" + version + "}");
            if (a.status() == 200) {
                int stored = a.json().get("version").asInt();
                ledger.computeIfAbsent(clause, c -> new CopyOnWriteArrayList<>())
                        .add(new Acknowledged(stored, text));
                accepted.incrementAndGet();
                version = stored;
            } else if (a.status() < 0) {
                unanswered.incrementAndGet();
                pause(200);
                version = currentVersion(pid, clause, version);
            } else {
                refused.incrementAndGet();
                pause(a.status() == 503 ? 500 : 50);
                version = currentVersion(pid, clause, version);
            }
            pause(20);
        }
    }

    private int currentVersion(long pid, long clause, int fallback) {
        Answer a = send("GET", "/api/processes/" + pid + "/draft/clauses/" + clause, null, null);
        return a.status() == 200 ? a.json().get("version").asInt() : fallback;
    }

    // --- checks

    /** Every acknowledged edit must be in its clause's history, with its version and text. */
    private void check(long pid, String when) {
        int before = lost.get();
        int count = 0;
        for (var entry : ledger.entrySet()) {
            // What was acknowledged before the history is read; later acknowledgements wait for the next check.
            List<Acknowledged> acknowledged = List.copyOf(entry.getValue());
            Answer history =
                    sendUntilServed("GET", "/api/processes/" + pid + "/draft/clauses/" + entry.getKey() + "/history");
            Map<Integer, String> versions = new LinkedHashMap<>();
            for (JsonNode v : history.json().get("versions")) {
                versions.put(v.get("version").asInt(), v.get("text").asText());
            }
            for (Acknowledged ack : acknowledged) {
                count++;
                if (!ack.text().equals(versions.get(ack.version()))) {
                    lost.incrementAndGet();
                    lostDetails.add("clause " + entry.getKey() + " v" + ack.version() + " '" + ack.text() + "' " + when
                            + ": stored '" + versions.get(ack.version()) + "'");
                }
            }
        }
        checked.addAndGet(count);
        say(
                "check %s: %d acknowledged edits present, %d lost",
                when, count - (lost.get() - before), lost.get() - before);
    }

    private void checkRevisions(long pid, String acknowledgedLabel) {
        JsonNode revisions =
                sendUntilServed("GET", "/api/processes/" + pid + "/revisions").json();
        List<String> labels = new ArrayList<>();
        for (JsonNode r : revisions) {
            labels.add(r.get("label").asText());
            JsonNode full = sendUntilServed(
                            "GET",
                            "/api/processes/" + pid + "/revisions/"
                                    + r.get("id").asLong())
                    .json();
            int clauses = full.get("clauses").size();
            checked.incrementAndGet();
            if (clauses < WRITERS) {
                lost.incrementAndGet();
                lostDetails.add("revision " + r.get("label").asText() + " holds " + clauses + " clauses");
            }
        }
        if (acknowledgedLabel != null) {
            checked.incrementAndGet();
            if (!labels.contains(acknowledgedLabel)) {
                lost.incrementAndGet();
                lostDetails.add("acknowledged revision " + acknowledgedLabel + " missing");
            }
        }
        say("check revisions: %s, each complete", labels);
    }

    private void checkImport(long process, boolean acknowledged, JsonNode reference) {
        JsonNode sources =
                sendUntilServed("GET", "/api/processes/" + process + "/sources").json();
        checked.incrementAndGet();
        if (acknowledged && sources.size() != 1) {
            lost.incrementAndGet();
            lostDetails.add("acknowledged import missing");
        }
        for (JsonNode s : sources) {
            long themes = s.get("themeCount").asLong();
            long recommendations = s.get("recommendationCount").asLong();
            long expectedThemes = reference.get("themes").size();
            if (themes != expectedThemes || recommendations == 0) {
                lost.incrementAndGet();
                lostDetails.add("import half-written: " + themes + " themes, " + recommendations + " recommendations");
            }
        }
        say(
                "check import: %d source(s) after the kill (acknowledged: %s), none half-written",
                sources.size(), acknowledged);
    }

    // --- the service

    private void startService() throws Exception {
        serviceStarts++;
        Path log = work.resolve("service-" + serviceStarts + ".log");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DRAFTING_DATA_DIR", data.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("DRAFTING_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("DRAFTING_IMPORT_SEEDS", "false");
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        service = builder.start();
        awaitReady();
        say("service started (pid %d), log %s", service.pid(), log);
    }

    private void killService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
            service.waitFor();
        }
    }

    /** The service was killed last; its PostgreSQL is stopped too, as its next start would. */
    private void stopOrphanedDatabase() throws IOException {
        ProcessHandle.of(postmasterPid()).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
    }

    private long awaitReady() {
        long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (service != null && !service.isAlive()) {
                throw new IllegalStateException(
                        "The service exited (" + service.exitValue() + "); see its log in " + work);
            }
            Answer a = send("GET", "/q/health/ready", null, null);
            if (a.status() == 200) {
                return System.nanoTime();
            }
            pause(100);
        }
        throw new IllegalStateException("The service did not get ready in " + READY_PATIENCE);
    }

    /** Asks every 100 ms until a request is refused with 503; the time of that answer, or -1. */
    private long awaitFirst503() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Answer a = send("GET", "/api/processes", null, null);
            if (a.status() == 503) {
                return System.nanoTime();
            }
            if (a.status() == 200) {
                pause(100);
            }
        }
        return -1;
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    // --- HTTP

    private Answer importSource(long process, String text) {
        return send("POST", "/api/processes/" + process + "/sources?title=Reliability", "text/plain", text);
    }

    private Answer sendUntilServed(String method, String path) {
        for (int attempt = 0; attempt < 600; attempt++) {
            Answer a = send(method, path, null, null);
            if (a.status() == 200) {
                return a;
            }
            pause(200);
        }
        throw new IllegalStateException(method + " " + path + " was never served");
    }

    private Answer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", auth)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long start = System.nanoTime();
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = response.statusCode();
            statusClasses
                    .computeIfAbsent(status == 503 ? "503" : (status / 100) + "xx", k -> new AtomicLong())
                    .incrementAndGet();
            if (status == 503) {
                slowest503Millis.accumulateAndGet(millis, Math::max);
                if (response.headers().firstValue("Retry-After").isEmpty() && !path.startsWith("/q/health")) {
                    unexpected5xx.add("503 without Retry-After: " + method + " " + path);
                }
            } else if (status >= 500) {
                unexpected5xx.add(status + " " + method + " " + path + ": " + abbreviate(response.body()));
            }
            return new Answer(status, response.body(), millis);
        } catch (IOException e) {
            statusClasses.computeIfAbsent("no answer", k -> new AtomicLong()).incrementAndGet();
            return new Answer(-1, e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), 0);
        }
    }

    // --- helpers

    private static void signal(String signal, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor();
    }

    private static void signalTree(String signal, long pid) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow();
        Stream.concat(Stream.of(root), root.descendants()).forEach(p -> command.add(Long.toString(p.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static long number(JsonNode node) {
        return node.asLong();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String format, Object... args) {
        System.out.println("reliability | " + String.format(format, args));
        System.out.flush();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}

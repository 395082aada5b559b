package org.draftingdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The hostile part of the reliability suite: a bounded, deterministic batch of requests an attacker
 * or a careless script sends to the running service's write and read endpoints (control
 * characters, invisible-only text, huge labels, duplicate keys, wrong types, malformed JSON,
 * oversized bodies, very long URLs, wrong methods / Accept / Content-Type, random bytes as PDF,
 * Word or text, ids of another process, unknown ids, path traversal). Every payload is sent with
 * valid credentials (failed sign-ins are throttled per address); only three requests carry bad
 * ones. It counts the answers by status class; a 5xx, or a 4xx that is not
 * {@code application/problem+json}, is a failure, and so is a change to the process the hostile
 * user may not touch.
 */
final class HostileBatch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Texts no field should store as they are (or at all). */
    static final List<String> HOSTILE_TEXTS = List.of(
            "\u0000",
            "We commit\u0000 to act.",
            "Bell\u0007",
            "Escape \u001b[2J",
            "back\u0008space\u007f",
            "next line\u0085",
            "lone \ud800 surrogate",
            "\udc00 reversed",
            "\uffff",
            "\ufffe",
            "\u200b",
            "\ufeff",
            "\u200e\u200f\u202a\u202c",
            "\u00a0\u2007\u3000",
            "\u2060\u200d\u200c",
            "\ufeff \u200b\u00a0",
            "\u202e\u2066\u2069",
            "",
            "   \t\n  ",
            "x".repeat(200_000),
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "'; DROP TABLE clause; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://example.invalid/a}");

    /** Paragraph labels no draft should take. */
    static final List<String> HOSTILE_LABELS = List.of(
            "OP99999999999999999999",
            "OP10000",
            "PP1000",
            "OP7foo",
            "OP-1",
            "OP0",
            "PP99999999999999999999999999999999",
            "OP1\u0000",
            "OP\u200b1",
            "OP１");

    private final HttpClient client;
    private final int port;
    private final String admin;
    private final Consumer<String> say;
    private final Random random = new Random(20261129L);

    private String hostile;
    private long processA;
    private long processB;
    private long clauseA;
    private long clauseB;
    private long revisionB;
    private long sourceB;

    // What was sent and how it was answered.
    private int sent;
    private final Map<String, Integer> classes = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> notProblem = new ArrayList<>();
    private final List<String> noAnswer = new ArrayList<>();
    private final List<String> untouchedChanged = new ArrayList<>();

    HostileBatch(int port, String adminAuthorization, Consumer<String> say) {
        // HTTP/1.1, as browsers and proxies speak it on plain http (no h2c upgrade).
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.port = port;
        this.admin = adminAuthorization;
        this.say = say;
    }

    int sent() {
        return sent;
    }

    List<String> serverErrors() {
        return serverErrors;
    }

    List<String> notProblem() {
        return notProblem;
    }

    List<String> untouchedChanged() {
        return untouchedChanged;
    }

    /** Everything the batch holds against the service: 5xx, 4xx that are not problem documents, changes. */
    List<String> failures() {
        List<String> all = new ArrayList<>(serverErrors);
        notProblem.forEach(p -> all.add("not a problem document: " + p));
        // A raw request the connection layer refuses is answered too (status and problem document), never just dropped.
        noAnswer.stream().filter(e -> e.startsWith("raw ")).forEach(e -> all.add("closed without an answer: " + e));
        all.addAll(untouchedChanged);
        return all;
    }

    void run() throws Exception {
        setUp();
        String before = draftOf(processB);
        int clausesBeforeA = JSON.readTree(draftOf(processA)).get("clauses").size();

        userText();
        jsonShapes();
        labels();
        documents();
        oversized();
        longUrls();
        httpLayer();
        ids();
        traversal();
        queries();
        credentials();
        raw();

        String after = draftOf(processB);
        if (!before.equals(after)) {
            untouchedChanged.add("the draft of process " + processB + " changed: " + abbreviate(after));
        }
        if (JSON.readTree(draftOf(processA)).get("clauses").size() > clausesBeforeA + 40) {
            untouchedChanged.add("process " + processA + " took more clauses than the harmless texts account for");
        }
        Answer ready = send(new Req("GET", "/q/health/ready").counted(false));
        if (ready.status() != 200) {
            untouchedChanged.add("not ready after the hostile batch: " + ready.status());
        }

        say.accept(String.format(
                "hostile: %d requests sent; answers by class: %s; no answer: %d", sent, classes, noAnswer.size()));
        say.accept(String.format("hostile: statuses: %s", statuses));
        say.accept(String.format(
                "hostile: 5xx: %d; 4xx not application/problem+json: %d (%d of them with no body at all);"
                        + " other process changed: %s",
                serverErrors.size(),
                notProblem.size(),
                notProblem.stream().filter(p -> p.endsWith(" with no body")).count(),
                untouchedChanged.isEmpty() ? "no" : "YES"));
        serverErrors.stream().limit(20).forEach(e -> say.accept("  ! " + e));
        notProblem.stream().limit(30).forEach(e -> say.accept("  ! not a problem document: " + e));
        noAnswer.stream().limit(10).forEach(e -> say.accept("  ? no answer: " + e));
        untouchedChanged.forEach(e -> say.accept("  ! " + e));
    }

    // --- set-up: two processes; the hostile user co-facilitates A and has nothing to do with B

    private void setUp() throws Exception {
        long stamp = System.currentTimeMillis();
        processA = id(send(new Req("POST", "/api/processes")
                        .json("{\"title\":\"Hostile A " + stamp + "\"}")
                        .counted(false))
                .json());
        processB = id(send(new Req("POST", "/api/processes")
                        .json("{\"title\":\"Hostile B " + stamp + "\"}")
                        .counted(false))
                .json());
        hostile = "hostile-" + stamp;
        expect(
                send(new Req("POST", "/api/admin/users")
                        .counted(false)
                        .json(JSON.writeValueAsString(Map.of(
                                "username",
                                hostile,
                                "password",
                                hostile + "-pw",
                                "displayName",
                                "Hostile",
                                "role",
                                "user")))),
                201);
        expect(
                send(new Req("POST", "/api/processes/" + processA + "/members")
                        .counted(false)
                        .json(JSON.writeValueAsString(Map.of("username", hostile, "role", "co-facilitator")))),
                201);
        clauseA = id(send(new Req("POST", "/api/processes/" + processA + "/draft/clauses")
                        .counted(false)
                        .json("{\"kind\":\"OP\",\"text\":\"We commit to act.\"}"))
                .json());
        clauseB = id(send(new Req("POST", "/api/processes/" + processB + "/draft/clauses")
                        .counted(false)
                        .json("{\"kind\":\"OP\",\"text\":\"Process B stays as it is.\"}"))
                .json());
        revisionB = id(send(new Req("POST", "/api/processes/" + processB + "/revisions")
                        .counted(false)
                        .json("{\"label\":\"Rev.B\"}"))
                .json());
        Answer source = send(new Req("POST", "/api/processes/" + processB + "/sources?title=Hostile")
                .counted(false)
                .body(
                        "text/plain",
                        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("seeds", "004_e8e4dedb133d506a.txt"))));
        sourceB = source.status() / 100 == 2 ? id(source.json()) : 1;
        say.accept(String.format(
                "hostile: user %s co-facilitates process %d (clause %d); process %d (clause %d, "
                        + "revision %d, source %d) is not theirs",
                hostile, processA, clauseA, processB, clauseB, revisionB, sourceB));
    }

    // --- the batches

    private void userText() {
        String a = "/api/processes/" + processA;
        for (String t : HOSTILE_TEXTS) {
            String s = quote(t);
            send(asHostile("POST", a + "/draft/clauses").json("{\"kind\":\"OP\",\"text\":" + s + "}"));
            send(asHostile("PUT", a + "/draft/clauses/" + clauseA).json("{\"text\":" + s + ",\"version\":1}"));
            send(asHostile("PUT", a + "/draft/clauses/" + clauseA)
                    .json("{\"text\":\"We commit.\",\"version\":1,\"reason\":" + s + "}"));
            send(asHostile("POST", a + "/revisions").json("{\"label\":" + s + "}"));
            send(asHostile("POST", a + "/links")
                    .json("{\"clauseId\":" + clauseA + ",\"recommendationId\":1," + "\"rationale\":" + s + "}"));
            send(new Req("POST", "/api/processes").json("{\"title\":" + s + "}"));
        }
        // Every other field that takes user text, with a few of the worst.
        for (String t : List.of("\u0000", "\u200b\ufeff", "x".repeat(200_000), "../../etc/passwd")) {
            String s = quote(t);
            send(asHostile("POST", a + "/revisions").json("{\"label\":\"Rev.H\",\"note\":" + s + "}"));
            send(asHostile("POST", a + "/members").json("{\"username\":" + s + ",\"role\":\"delegate\"}"));
            send(new Req("POST", "/api/admin/users")
                    .json("{\"username\":" + s + ",\"password\":" + s + ",\"displayName\":" + s
                            + ",\"role\":\"user\"}"));
            send(asHostile("POST", a + "/amendments/merge")
                    .json("{\"commentIds\":[1],\"text\":" + s + ",\"reason\":" + s + "}"));
            send(new Req("POST", "/api/precedents?symbol=" + enc(t) + "&title=" + enc(t) + "&adopted=2020-01-01")
                    .body("text/plain", "OP1: We act.".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void jsonShapes() {
        String clauses = "/api/processes/" + processA + "/draft/clauses";
        String one = clauses + "/" + clauseA;
        List<String> posts = List.of(
                "{\"kind\":\"OP\",\"text\":\"a\",\"text\":\"b\"}",
                "{\"kind\":\"OP\",\"kind\":\"PP\",\"text\":\"a\"}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"after\":\"abc\"}",
                "{\"kind\":\"OP\",\"text\":{\"x\":1}}",
                "{\"kind\":\"OP\",\"text\":[\"a\"]}",
                "{\"kind\":\"OP\",\"text\":42}",
                "{\"kind\":\"OP\",\"text\":null}",
                "{\"kind\":\"OP\",\"text\":true}",
                "{\"kind\":7,\"text\":\"a\"}",
                "{\"kind\":\"XX\",\"text\":\"a\"}",
                "{\"kind\":\"\\u0000\",\"text\":\"a\"}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"after\":-1}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"after\":99999999999999999999999}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"after\":1.5}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"after\":1e999999}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"id\":1,\"version\":99}",
                "[1,2]",
                "[]",
                "null",
                "\"text\"",
                "42",
                "",
                " ",
                "{",
                "{\"kind\":\"OP\",\"text\":",
                "{\"kind\":\"OP\",\"text\":\"a\"}}",
                "{\"kind\":\"OP\",\"text\":\"a\",}",
                "{'kind':'OP','text':'a'}",
                "{kind:OP,text:a}",
                "{\"kind\":\"OP\",\"text\":\"\\ud800\"}",
                "{\"kind\":\"OP\",\"text\":\"\\uZZZZ\"}",
                "{\"kind\":\"OP\",\"text\":\"a\"} trailing",
                "\u0000",
                "{\"kind\":\"OP\",\"text\":\"a\" /* c */}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"kind\":\"OP\",\"text\":\"" + "9".repeat(100_000) + "\"}",
                "{\"kind\":\"OP\",\"text\":\"a\",\"after\":" + "9".repeat(100_000) + "}");
        for (String body : posts) {
            send(asHostile("POST", clauses).json(body));
        }
        List<String> puts = List.of(
                "{\"text\":\"We act.\",\"version\":\"two\"}",
                "{\"text\":\"We act.\"}",
                "{\"version\":1}",
                "{\"text\":\"We act.\",\"version\":-1}",
                "{\"text\":\"We act.\",\"version\":1.5}",
                "{\"text\":\"We act.\",\"version\":99999999999999999999}",
                "{\"text\":\"We act.\",\"version\":null}",
                "{\"text\":\"We act.\",\"version\":1,\"version\":2}",
                "{\"text\":\"We act.\",\"version\":[1]}",
                "{\"text\":\"We act.\",\"version\":1e10}");
        for (String body : puts) {
            send(asHostile("PUT", one).json(body));
        }
        String a = "/api/processes/" + processA;
        send(asHostile("POST", a + "/revisions").json("{\"label\":\"Rev.1\",\"renumber\":\"maybe\"}"));
        send(asHostile("POST", a + "/revisions").json("{\"label\":[\"Rev.1\"]}"));
        send(asHostile("POST", a + "/revisions").json("{\"label\":\"Rev.X\",\"label\":\"Rev.Y\"}"));
        send(asHostile("POST", a + "/links").json("{\"clauseId\":\"x\",\"recommendationId\":{},\"rationale\":1}"));
        send(asHostile("POST", a + "/links")
                .json("{\"clauseId\":" + clauseB + ",\"recommendationId\":1,\"rationale\":\"r\"}"));
        send(asHostile("POST", a + "/members").json("{\"username\":\"admin\",\"role\":\"god\"}"));
        send(asHostile("POST", a + "/members").json("{\"username\":[],\"role\":7}"));
        send(asHostile("PUT", a + "/revisions/" + revisionB + "/silence").json("{\"deadline\":\"yesterday\"}"));
        send(new Req("POST", "/api/processes").json("{\"title\":\"A\",\"title\":\"B\"}"));
        send(new Req("POST", "/api/processes").json("{\"title\":12}"));
        send(new Req("POST", "/api/admin/users").json("{\"username\":\"u\",\"password\":null,\"role\":\"root\"}"));
    }

    private void labels() {
        String imports = "/api/processes/" + processA + "/draft/import";
        for (String label : HOSTILE_LABELS) {
            send(asHostile("POST", imports)
                    .body("text/plain", (label + ": We commit to act.").getBytes(StandardCharsets.UTF_8)));
            send(asHostile("POST", imports + "?dryRun=true")
                    .body("text/plain", (label + ": We commit to act.").getBytes(StandardCharsets.UTF_8)));
        }
        send(asHostile("POST", imports).body("text/plain", new byte[0]));
        send(asHostile("POST", imports).body("text/plain", "\u200b\ufeff\n\u00a0".getBytes(StandardCharsets.UTF_8)));
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            many.append("OP").append(i).append(": We act.\n");
        }
        send(asHostile("POST", imports + "?dryRun=true")
                .body("text/plain", many.toString().getBytes(StandardCharsets.UTF_8)));
        send(asHostile("POST", imports + "?dryRun=maybe")
                .body("text/plain", "OP1: We act.".getBytes(StandardCharsets.UTF_8)));
    }

    private void documents() {
        for (String path : List.of(
                "/api/processes/" + processA + "/draft/import?dryRun=true",
                "/api/processes/" + processA + "/draft/import",
                "/api/processes/" + processA + "/sources?title=Random",
                "/api/processes/" + processA + "/sources?title=Random&dryRun=true")) {
            for (String type : List.of(PDF, DOCX, "text/plain", "text/markdown")) {
                send(asHostile("POST", path).body(type, randomBytes(4096)));
                send(new Req("POST", path).body(type, randomBytes(50_000)));
            }
            send(new Req("POST", path).body(PDF, withHead("%PDF-1.7\n", 20_000)));
            send(new Req("POST", path)
                    .body(
                            PDF,
                            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R /Size 99999999999 >>\n%%EOF"
                                    .getBytes(StandardCharsets.US_ASCII)));
            send(new Req("POST", path).body(DOCX, withHead("PK\u0003\u0004", 20_000)));
            send(new Req("POST", path).body(DOCX, emptyZip()));
            send(new Req("POST", path)
                    .body("text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, (byte) 0xc3, 0x28}));
            send(new Req("POST", path).body("text/plain; charset=utf-16", randomBytes(1000)));
            send(new Req("POST", path)
                    .body("text/plain; charset=x-no-such-charset", "OP1: We act.".getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private void oversized() throws IOException {
        // Larger than drafting.max-source-bytes (2 MiB), smaller than the HTTP limit: the service reads and refuses it.
        byte[] big = "OP1: We act.\n".repeat(250_000).getBytes(StandardCharsets.US_ASCII);
        send(new Req("POST", "/api/processes/" + processA + "/sources?title=Big").body("text/plain", big));
        send(asHostile("POST", "/api/processes/" + processA + "/draft/import").body("text/plain", big));
        send(asHostile("POST", "/api/processes/" + processA + "/draft/clauses")
                .json("{\"kind\":\"OP\",\"text\":\"" + "a".repeat(3_000_000) + "\"}"));
        // Declared larger than the HTTP limit: answered before the body is sent.
        for (String path : List.of(
                "/api/processes/" + processA + "/draft/import",
                "/api/processes/" + processA + "/sources",
                "/api/processes/" + processA + "/draft/clauses")) {
            raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + hostileAuth()
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + (50L * 1024 * 1024)
                    + "\r\n\r\nOP1: We act.");
        }
    }

    private void longUrls() {
        String a = "/api/processes/" + processA;
        send(asHostile("GET", a + "/draft?x=" + "a".repeat(10_000)));
        send(asHostile("GET", a + "/draft?x=" + "a".repeat(70_000)));
        send(asHostile("GET", a + "/draft/clauses/" + "9".repeat(5_000)));
        send(asHostile("GET", "/api/processes/" + "1".repeat(60_000)));
        send(asHostile("GET", a + "/" + "a/".repeat(20_000)));
        StringBuilder params = new StringBuilder(a + "/coverage?");
        for (int i = 0; i < 3000; i++) {
            params.append("revision=").append(i).append('&');
        }
        send(asHostile("GET", params.toString()));
    }

    private void httpLayer() {
        String a = "/api/processes/" + processA;
        for (String method : List.of("PATCH", "DELETE", "PUT", "TRACE", "FOO")) {
            send(asHostile(method, "/api/processes").json("{}"));
            send(asHostile(method, a + "/draft").json("{}"));
            send(asHostile(method, a + "/revisions/" + revisionB + "/compilation")
                    .json("{}"));
        }
        send(asHostile("GET", a + "/draft/import"));
        send(asHostile("DELETE", a + "/draft/clauses/" + clauseA + "?version=abc"));
        send(asHostile("DELETE", a + "/draft/clauses/" + clauseA));
        for (String accept :
                List.of("image/png", "application/xml", "text/csv", "*/*;q=bogus", "\u0001", "a/b/c", "")) {
            send(asHostile("GET", a + "/draft").accept(accept));
            send(asHostile("POST", a + "/draft/clauses").accept(accept).json("{\"kind\":\"OP\",\"text\":\"\u0000\"}"));
        }
        for (String type : List.of(
                "application/xml",
                "text/plain",
                "garbage",
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded",
                "application/json; charset=x-bogus",
                "application/json; charset=utf-32")) {
            send(asHostile("POST", a + "/draft/clauses")
                    .body(type, "{\"kind\":\"OP\",\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8)));
        }
        send(asHostile("POST", a + "/draft/import")
                .body("application/json", "{\"text\":\"OP1: a\"}".getBytes(StandardCharsets.UTF_8)));
        send(asHostile("POST", a + "/draft/import").body("image/png", randomBytes(512)));
        send(asHostile("POST", a + "/draft/clauses")
                .body(null, "{\"kind\":\"OP\",\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8)));
        send(asHostile("GET", "/api/no-such-thing"));
        send(asHostile("GET", "/api"));
        send(asHostile("GET", "/api/"));
    }

    private void ids() {
        String b = "/api/processes/" + processB;
        // Another process's ids, by a user who is no member of it.
        send(asHostile("GET", b + "/draft"));
        send(asHostile("GET", b + "/draft/clauses/" + clauseB));
        send(asHostile("GET", b + "/draft/clauses/" + clauseB + "/history"));
        send(asHostile("PUT", b + "/draft/clauses/" + clauseB).json("{\"text\":\"Taken over.\",\"version\":1}"));
        send(asHostile("DELETE", b + "/draft/clauses/" + clauseB + "?version=1"));
        send(asHostile("POST", b + "/draft/clauses").json("{\"kind\":\"OP\",\"text\":\"Slipped in.\"}"));
        send(asHostile("POST", b + "/draft/import")
                .body("text/plain", "OP1: Slipped in.".getBytes(StandardCharsets.UTF_8)));
        send(asHostile("POST", b + "/revisions").json("{\"label\":\"Rev.hijack\"}"));
        send(asHostile("GET", b + "/revisions"));
        send(asHostile("GET", b + "/revisions/" + revisionB));
        send(asHostile("GET", b + "/revisions/" + revisionB + "/export?format=docx"));
        send(asHostile("GET", b + "/revisions/" + revisionB + "/compilation"));
        send(asHostile("POST", b + "/revisions/" + revisionB + "/publish"));
        send(asHostile("POST", b + "/members").json("{\"username\":\"" + hostile + "\",\"role\":\"co-facilitator\"}"));
        send(asHostile("GET", "/api/sources/" + sourceB));
        send(asHostile("GET", b + "/sources"));
        send(asHostile("GET", b + "/coverage"));
        send(asHostile("GET", b + "/events").accept("text/event-stream").timeout(Duration.ofSeconds(3)));
        send(asHostile("POST", b + "/revisions/" + revisionB + "/clauses/" + clauseB + "/comments")
                .json("{\"kind\":\"comment\",\"text\":\"Hello\"}"));
        // Ids of process B through process A's paths.
        String a = "/api/processes/" + processA;
        send(asHostile("GET", a + "/draft/clauses/" + clauseB));
        send(asHostile("PUT", a + "/draft/clauses/" + clauseB).json("{\"text\":\"Crossed.\",\"version\":1}"));
        send(asHostile("DELETE", a + "/draft/clauses/" + clauseB + "?version=1"));
        send(asHostile("POST", a + "/draft/clauses")
                .json("{\"kind\":\"OP\",\"text\":\"After B.\",\"after\":" + clauseB + "}"));
        send(asHostile("GET", a + "/revisions/" + revisionB));
        send(asHostile("GET", a + "/revisions/" + revisionB + "/export?format=pdf"));
        send(asHostile("GET", a + "/compare?from=" + revisionB + "&to=working"));
        send(asHostile("GET", a + "/coverage?revision=" + revisionB));
        send(asHostile("POST", a + "/revisions/" + revisionB + "/clauses/" + clauseB + "/comments")
                .json("{\"kind\":\"comment\",\"text\":\"Hello\"}"));
        // Unknown and ill-formed ids.
        for (String id : List.of(
                "0",
                "-1",
                "9223372036854775807",
                "9223372036854775808",
                "99999999999999999999999",
                "abc",
                "1.5",
                "1e3",
                "%00",
                "%20",
                "0x10",
                "null",
                "%E2%80%8B",
                "%F0%9F%92%A9")) {
            send(asHostile("GET", "/api/processes/" + id + "/draft"));
            send(asHostile("PUT", a + "/draft/clauses/" + id).json("{\"text\":\"We act.\",\"version\":1}"));
            send(asHostile("GET", a + "/revisions/" + id));
            send(asHostile("GET", "/api/sources/" + id));
            send(asHostile("POST", "/api/comments/" + id + "/positions").json("{\"stance\":\"support\"}"));
        }
    }

    private void traversal() {
        for (String path : List.of(
                "/api/processes/..%2F..%2F..%2Fetc%2Fpasswd",
                "/api/processes/%2e%2e/%2e%2e/etc/passwd",
                "/api/sources/..%5C..%5Cwindows%5Cwin.ini",
                "/api/processes/" + processA + "/revisions/..%2F" + revisionB,
                "/api/processes/" + processA + "/revisions/working/export?format=..%2F..%2Fetc%2Fpasswd",
                "/api/processes/" + processA + "/revisions/working/export?format=pdf%00.exe",
                "/api/processes/" + processA + "/sources?title=..%2F..%2Fetc%2Fpasswd",
                "/api/processes/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
                "/api/processes/" + processA + "/draft/clauses/" + clauseA + "%2F..%2F..%2F" + processB,
                "/api/processes/" + processA + "/..;/" + processB + "/draft",
                "/api/%2e%2e/q/health",
                "/api/processes/./" + processB + "/draft")) {
            send(asHostile("GET", path));
        }
        send(asHostile("POST", "/api/processes/" + processA + "/sources?title=..%2F..%2Fetc%2Fpasswd")
                .body("text/plain", "OP1: We act.".getBytes(StandardCharsets.UTF_8)));
        send(new Req("POST", "/api/processes/" + processA + "/sources?title=%2Fetc%2Fshadow&date=..%2F..")
                .body("text/plain", "1. We act.".getBytes(StandardCharsets.UTF_8)));
    }

    private void queries() {
        String a = "/api/processes/" + processA;
        for (String q : List.of(
                "/compare?from=%00&to=working",
                "/compare?from=working",
                "/compare?from=-1&to=abc",
                "/coverage?revision=abc",
                "/coverage?revision=%E2%80%8B",
                "/draft/clauses/" + clauseA + "/suggestions?limit=-1",
                "/draft/clauses/" + clauseA + "/suggestions?limit=99999999999999",
                "/draft/clauses/" + clauseA + "/suggestions?limit=abc",
                "/draft/clauses/" + clauseA + "/precedents?limit=0",
                "/revisions/working/export?format=exe",
                "/revisions/working/export",
                "/links?clauseId=abc",
                "/links?clauseId=" + clauseB)) {
            send(asHostile("GET", a + q));
        }
        send(asHostile("DELETE", a + "/links/abc"));
        send(asHostile("DELETE", a + "/links/999999999"));
        send(new Req("POST", "/api/processes/" + processA + "/sources?title=T&date=2020-13-45")
                .body("text/plain", "1. We act.".getBytes(StandardCharsets.UTF_8)));
        send(new Req("POST", "/api/precedents?symbol=A/RES/1&title=T&adopted=not-a-date")
                .body("text/plain", "OP1: We act.".getBytes(StandardCharsets.UTF_8)));
    }

    /** The few requests with bad credentials (failed sign-ins are throttled per address). */
    private void credentials() {
        send(new Req("GET", "/api/processes").auth(basic("no-such-user-" + System.nanoTime(), "wrong")));
        send(new Req("GET", "/api/processes").auth("Basic !!!not-base64\u0001"));
        send(new Req("GET", "/api/processes").auth("Bearer " + "A".repeat(5000)));
    }

    /** What an HTTP client library would not send: raw request lines and headers. */
    private void raw() throws IOException {
        String auth = hostileAuth();
        raw("GET /api/processes/../../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\n\r\n");
        raw("GET /api/processes/%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth + "\r\n\r\n");
        raw("GET /api/processes/" + processA + "/draft HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\nAccept: application/json\u0000\r\n\r\n");
        raw("GET /api/processes/" + processA + "/draft HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\nX-Long: " + "a".repeat(40_000) + "\r\n\r\n");
        raw("POST /api/processes/" + processA + "/draft/clauses HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\n{\"a\":");
        raw("POST /api/processes/" + processA + "/draft/clauses HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        String clauses = "POST /api/processes/" + processA + "/draft/clauses HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + auth + "\r\nContent-Type: application/json\r\n";
        // Two equal Content-Lengths, one header listing two, a chunk shorter than its data, and both framings at once.
        raw(clauses + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}");
        raw(clauses + "Content-Length: 2, 7\r\n\r\n{}");
        raw(clauses + "Transfer-Encoding: chunked\r\n\r\n2\r\n{\"text\": \"x\"}garbage\r\n0\r\n\r\n");
        raw(clauses + "Transfer-Encoding: chunked\r\n\r\n-1\r\n{}\r\n0\r\n\r\n");
        raw(clauses + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        raw("GET /api/processes/" + processA + "/draft\u0000 HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\n\r\n");
        raw("GET /api/processes/" + processA + "/draft HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\nX-Odd: a\u0001b\r\n\r\n");
        raw("GET /api/processes?x=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\n\r\n");
        raw("GET /processes/%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth + "\r\n\r\n");
        raw("GET /api/processes/" + processA + "/draft HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + auth
                + "\r\nAccept: application/json\r\nAccept: application/json\u0000\r\n\r\n");
    }

    // --- sending

    private Req asHostile(String method, String path) {
        return new Req(method, path).auth(hostileAuth());
    }

    private String hostileAuth() {
        return basic(hostile, hostile + "-pw");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    final class Req {
        final String method;
        final String path;
        String authorization = admin;
        String accept = "application/json";
        String contentType;
        byte[] body;
        boolean counted = true;
        Duration timeout = Duration.ofSeconds(120);

        Req(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Req auth(String value) {
            authorization = value;
            return this;
        }

        Req accept(String value) {
            accept = value;
            return this;
        }

        Req json(String value) {
            return body("application/json", value.getBytes(StandardCharsets.UTF_8));
        }

        Req body(String type, byte[] value) {
            contentType = type;
            body = value;
            return this;
        }

        Req counted(boolean value) {
            counted = value;
            return this;
        }

        Req timeout(Duration value) {
            timeout = value;
            return this;
        }

        String describe() {
            return method + " " + abbreviate(path)
                    + (contentType == null
                            ? ""
                            : " (" + contentType + ", " + (body == null ? 0 : body.length) + " bytes)");
        }
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + abbreviate(body), e);
            }
        }
    }

    private Answer send(Req r) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path))
                    .timeout(r.timeout);
            if (r.authorization != null) {
                request.header("Authorization", r.authorization);
            }
            if (r.accept != null && !r.accept.isEmpty()) {
                request.header("Accept", r.accept);
            }
            if (r.contentType != null) {
                request.header("Content-Type", r.contentType);
            }
            request.method(
                    r.method,
                    r.body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body));
        } catch (IllegalArgumentException e) {
            // The client library refuses to send it (a header with a control character): send it raw.
            return rawOf(r);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            if (r.counted) {
                record(r.describe(), answer);
            }
            return answer;
        } catch (java.net.http.HttpTimeoutException e) {
            if (r.counted) {
                noAnswer.add(r.describe() + ": timed out (a stream is expected to stay open)");
                sent++;
            }
            return new Answer(-1, "", e.toString());
        } catch (IOException e) {
            if (r.counted) {
                noAnswer.add(r.describe() + ": " + e);
                sent++;
            }
            return new Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer rawOf(Req r) {
        StringBuilder head = new StringBuilder(r.method + " " + r.path + " HTTP/1.1\r\nHost: localhost\r\n");
        if (r.authorization != null) {
            head.append("Authorization: ").append(r.authorization).append("\r\n");
        }
        if (r.accept != null) {
            head.append("Accept: ").append(r.accept).append("\r\n");
        }
        String body = r.body == null ? "" : new String(r.body, StandardCharsets.UTF_8);
        if (r.contentType != null) {
            head.append("Content-Type: ").append(r.contentType).append("\r\n");
        }
        head.append("Content-Length: ")
                .append(body.getBytes(StandardCharsets.UTF_8).length)
                .append("\r\n\r\n")
                .append(body);
        try {
            return raw(head.toString());
        } catch (IOException e) {
            noAnswer.add(r.describe() + ": " + e);
            sent++;
            return new Answer(-1, "", e.toString());
        }
    }

    /** Sends the request as it is written and reads the status line and headers of the answer. */
    private Answer raw(String request) throws IOException {
        String describe =
                "raw " + abbreviate(request.lines().findFirst().orElse("").replace("\u0000", "\\0"));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.write(buffer, 0, read);
                String text = answer.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0
                        && (text.length() > end + 4
                                || text.toLowerCase(Locale.ROOT).contains("content-length: 0"))) {
                    break;
                }
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.")) {
                noAnswer.add(describe + ": " + (text.isEmpty() ? "connection closed" : abbreviate(text)));
                sent++;
                return new Answer(-1, "", text);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            String contentType = "";
            for (String line : text.split("\r\n")) {
                if (line.isEmpty()) {
                    break;
                }
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                }
            }
            int end = text.indexOf("\r\n\r\n");
            Answer a = new Answer(status, contentType, end < 0 ? "" : text.substring(end + 4));
            record(describe, a);
            return a;
        } catch (java.net.SocketException e) {
            noAnswer.add(describe + ": " + e.getMessage());
            sent++;
            return new Answer(-1, "", e.toString());
        }
    }

    private void record(String describe, Answer a) {
        sent++;
        int status = a.status();
        classes.merge((status / 100) + "xx", 1, Integer::sum);
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors.add(status + " " + describe + ": " + abbreviate(a.body()));
        } else if (status >= 400 && !a.contentType().toLowerCase(Locale.ROOT).startsWith(PROBLEM)) {
            notProblem.add(status + " " + describe + " answered '" + a.contentType() + "'"
                    + (a.body() == null || a.body().isEmpty() ? " with no body" : ": " + abbreviate(a.body())));
        }
    }

    // --- helpers

    private String draftOf(long process) {
        Answer a = send(new Req("GET", "/api/processes/" + process + "/draft").counted(false));
        if (a.status() != 200) {
            throw new IllegalStateException("The draft of " + process + " answered " + a.status());
        }
        return a.body();
    }

    private static void expect(Answer a, int status) {
        if (a.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + a.status() + ": " + abbreviate(a.body()));
        }
    }

    private static long id(JsonNode node) {
        return node.get("id").asLong();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] withHead(String head, int n) {
        byte[] bytes = randomBytes(n);
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(h, 0, bytes, 0, h.length);
        return bytes;
    }

    /** A zip archive with no entries: the shortest thing that opens as a .docx container. */
    private static byte[] emptyZip() {
        byte[] end = new byte[22];
        end[0] = 0x50;
        end[1] = 0x4b;
        end[2] = 0x05;
        end[3] = 0x06;
        return end;
    }

    /** A JSON string literal with everything outside printable ASCII escaped (lone surrogates included). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}

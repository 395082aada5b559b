package org.draftingdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Api.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix ({@code src/test/resources/access/matrix.txt}) against the running
 * service: every operation of the OpenAPI document, sent by each role, must get the answer the
 * table says. An operation the table does not list fails the build, so a new endpoint cannot ship
 * without someone deciding who may call it.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    static final List<String> ROLES = List.of("anon", "observer", "delegate", "other", "cofac", "secretariat", "admin");
    private static final String MATRIX = "access/matrix.txt";
    private static final String CSRF = "matrix-csrf-token-0123456789abcdef";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /**
     * Inputs for the few operations that check the shape of their input before they reach the
     * service (bean validation, a required form field): they get an input of the right shape that
     * still changes nothing, so what answers is the access check.
     */
    private static final Map<String, String> INPUTS = Map.of(
            "POST /api/admin/users", "{\"username\":\"matrix-%n\",\"password\":\"short\"}",
            "POST /admin/users", "username=matrix-%n&password=short",
            "POST /api/processes/{pid}/draft/clauses/{cid}/split", "{\"at\":3}",
            "POST /processes/{pid}/draft/clauses/{cid}/split", "before=commit",
            "POST /themes/{tid}/merge", "other={tid}",
            "POST /themes/{tid}/split", "at={rid}",
            "POST /recommendations/{rid}/move", "theme={tid}");

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    record Row(Operation operation, Map<String, String> expected, int line) {}

    // --- the table and the document

    static Map<String, Row> matrix() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrixTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test classpath").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s+");
                assertThat(cells)
                        .as("%s line %d: method, path and one answer per role %s", MATRIX, i + 1, ROLES)
                        .hasSize(2 + ROLES.size());
                Map<String, String> expected = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.size(); r++) {
                    assertThat(cells[2 + r])
                            .as("%s line %d, role %s", MATRIX, i + 1, ROLES.get(r))
                            .isIn("ok", "deny", "401", "login");
                    expected.put(ROLES.get(r), cells[2 + r]);
                }
                Operation op = new Operation(cells[0].toUpperCase(), cells[1]);
                assertThat(rows)
                        .as("%s line %d lists %s twice", MATRIX, i + 1, op.key())
                        .doesNotContainKey(op.key());
                rows.put(op.key(), new Row(op, expected, i + 1));
            }
        }
        return rows;
    }

    /** What the document says an operation takes and answers (null: no body / not said). */
    record Shape(String takes, String answers) {}

    /** Every operation of the OpenAPI document, with the content types it takes and answers. */
    private Map<String, Shape> openApiOperations() {
        JsonNode doc = asAdmin()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .as(JsonNode.class);
        Map<String, Shape> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!Set.of("get", "put", "post", "delete", "patch", "head", "options")
                        .contains(m.getKey())) {
                    continue;
                }
                Iterator<String> takes =
                        m.getValue().path("requestBody").path("content").fieldNames();
                String answers = null;
                Iterator<Map.Entry<String, JsonNode>> responses =
                        m.getValue().path("responses").fields();
                while (responses.hasNext() && answers == null) {
                    Map.Entry<String, JsonNode> r = responses.next();
                    Iterator<String> types = r.getValue().path("content").fieldNames();
                    if (r.getKey().startsWith("2") && types.hasNext()) {
                        answers = types.next();
                    }
                }
                operations.put(
                        m.getKey().toUpperCase() + " " + path.getKey(),
                        new Shape(takes.hasNext() ? takes.next() : null, answers));
            }
        }
        return operations;
    }

    @Test
    void theMatrixListsEveryOperationOfTheOpenApiDocument() throws IOException {
        Set<String> listed = matrix().keySet();
        Set<String> documented = openApiOperations().keySet();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(documented);
        assertThat(missing)
                .as(
                        "Operations of /q/openapi that %s does not list. Decide who may call each and add "
                                + "a row (method, path, then one of ok/deny/401/login for %s):\n  %s\n",
                        MATRIX, ROLES, String.join("\n  ", missing))
                .isEmpty();
        assertThat(stale)
                .as("Rows of %s for operations the service no longer has:\n  %s\n", MATRIX, String.join("\n  ", stale))
                .isEmpty();
    }

    // --- the world the requests are made in

    /** A process with a member of each role, a source, a clause, an issued revision and a comment. */
    private final class World {
        final Map<String, String> users = new LinkedHashMap<>();
        final Map<String, String> sessions = new LinkedHashMap<>();
        final Map<String, Supplier<String>> params = new LinkedHashMap<>();
        final long pid;

        World() {
            pid = Api.newProcess("Matrix");
            long otherPid = Api.newProcess("Matrix elsewhere");
            JsonPath source = asAdmin()
                    .contentType("text/plain")
                    .body(Fixtures.SMALL_SUMMARY)
                    .post("/api/processes/{pid}/sources", pid)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            long sid = source.getLong("id");
            long tid = source.getLong("themes[0].id");
            long rid = source.getLong("themes[0].recommendations[0].id");
            users.put("observer", member(pid, Api.newUser("user"), "observer"));
            users.put("delegate", member(pid, delegateOf("France"), "delegate"));
            users.put("other", member(otherPid, delegateOf("Germany"), "delegate"));
            users.put("cofac", member(pid, Api.newUser("user"), "co-facilitator"));
            users.put("secretariat", Api.newUser("secretariat"));
            users.put("admin", Api.ADMIN);
            long cid = Api.asUser(users.get("cofac"))
                    .contentType("application/json")
                    .body(Map.of("kind", "OP", "text", "We commit to protect the survivors of trafficking."))
                    .post("/api/processes/{pid}/draft/clauses", pid)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            long rev = Api.asUser(users.get("cofac"))
                    .contentType("application/json")
                    .body(Map.of("label", "Zero draft"))
                    .post("/api/processes/{pid}/revisions", pid)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            long comment = Api.asUser(users.get("delegate"))
                    .contentType("application/json")
                    .body(Map.of("kind", "comment", "text", "We support this paragraph."))
                    .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", pid, rev, cid)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            params.put("pid", () -> String.valueOf(pid));
            params.put("sid", () -> String.valueOf(sid));
            params.put("tid", () -> String.valueOf(tid));
            params.put("rid", () -> String.valueOf(rid));
            params.put("cid", () -> String.valueOf(cid));
            params.put("rev", () -> String.valueOf(rev));
            params.put("id", () -> String.valueOf(comment));
            long precedent = asAdmin()
                    .get("/api/precedents")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("[0].id");
            params.put("precedentId", () -> String.valueOf(precedent));
            // A user of their own for each operation on a user (changed, given or taken a role).
            params.put(
                    "uid",
                    () -> String.valueOf(asAdmin()
                            .contentType("application/json")
                            .body(Map.of(
                                    "username", "matrix-user-" + SEQUENCE.incrementAndGet(), "password", "matrix-pw-0"))
                            .post("/api/admin/users")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id")));
            // Linking the pair again answers the same link, or a new one once a role deleted it.
            params.put(
                    "lid",
                    () -> String.valueOf(asAdmin()
                            .contentType("application/json")
                            .body(Map.of("clauseId", cid, "recommendationId", rid))
                            .post("/api/processes/{pid}/links", pid)
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id")));
            for (String role : ROLES) {
                if (!"anon".equals(role)) {
                    sessions.put(role, signIn(users.get(role)));
                }
            }
        }

        /** A recommendation of its own for an operation that deletes it. */
        String disposableRecommendation() {
            String text = Fixtures.SMALL_SUMMARY.replace(
                    "The hearing was closed.", "The hearing closed, " + SEQUENCE.incrementAndGet() + ".");
            return String.valueOf(asAdmin()
                    .contentType("text/plain")
                    .body(text)
                    .post("/api/processes/{pid}/sources", pid)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("themes[0].recommendations[0].id"));
        }

        private String member(long processId, String username, String role) {
            asAdmin()
                    .contentType("application/json")
                    .body(Map.of("username", username, "role", role))
                    .post("/api/processes/{pid}/members", processId)
                    .then()
                    .statusCode(201);
            return username;
        }

        private String delegateOf(String delegation) {
            long id = asAdmin()
                    .get("/api/delegations")
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("find { it.name == '" + delegation + "' }.id");
            String username = "matrix-delegate-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
            asAdmin()
                    .contentType("application/json")
                    .body(Map.of("username", username, "password", username + "-pw", "delegationId", id))
                    .post("/api/admin/users")
                    .then()
                    .statusCode(201);
            return username;
        }
    }

    private String password(String username) {
        return Api.ADMIN.equals(username) ? Api.ADMIN_PASSWORD : username + "-pw";
    }

    /** Signs in through the form as a browser does; returns the session cookie ("name=value"). */
    private String signIn(String username) {
        try {
            HttpResponse<String> form = http.send(
                    HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
            List<String> cookies = new ArrayList<>(cookies(form));
            Matcher token =
                    Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
            String body = "j_username=" + enc(username) + "&j_password=" + enc(password(username))
                    + (token.find() ? "&_csrf=" + enc(token.group(1)) : "");
            HttpRequest.Builder post = HttpRequest.newBuilder(url("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (!cookies.isEmpty()) {
                post.header("Cookie", String.join("; ", cookies));
            }
            HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            cookies.addAll(cookies(answer));
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as("signing in as " + username)
                    .doesNotContain("error");
            // The requests carry a CSRF token of their own: keep only the session.
            return String.join(
                    "; ",
                    cookies.stream().filter(c -> !c.startsWith("dd-csrf=")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .filter(c -> c.indexOf('=') < c.length() - 1)
                .toList();
    }

    // --- the requests

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws Exception {
        Map<String, Row> matrix = matrix();
        Map<String, Shape> operations = openApiOperations();
        World world = new World();
        List<String> wrong = new ArrayList<>();
        List<Row> order = new ArrayList<>(matrix.values());
        // Signing out last, so that a sign-out that ends the session leaves the other requests alone.
        order.sort((a, b) -> Boolean.compare(
                a.operation().path().equals("/logout"), b.operation().path().equals("/logout")));
        int sent = 0;
        for (Row row : order) {
            Operation op = row.operation();
            if (!operations.containsKey(op.key())) {
                continue;
            }
            for (String role : ROLES) {
                String expected = row.expected().get(role);
                Answer answer = send(world, op, operations.get(op.key()), role);
                sent++;
                if (!matches(expected, answer)) {
                    wrong.add(String.format(
                            "%-7s %-60s %-12s expected %-6s got %s", op.method(), op.path(), role, expected, answer));
                }
            }
        }
        System.out.printf(
                "Authorisation matrix: %d operations x %d roles, %d requests, %d unexpected%n",
                matrix.size(), ROLES.size(), sent, wrong.size());
        assertThat(wrong)
                .as("Answers that differ from %s:\n  %s\n", MATRIX, String.join("\n  ", wrong))
                .isEmpty();
    }

    record Answer(int status, String location, String detail) {
        @Override
        public String toString() {
            return status + (location == null ? "" : " -> " + location) + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    static boolean matches(String expected, Answer a) {
        boolean toLogin =
                a.status() / 100 == 3 && a.location() != null && a.location().contains("/login");
        return switch (expected) {
            case "401" -> a.status() == 401;
            case "login" -> toLogin;
            case "deny" -> a.status() == 403 || a.status() == 404;
            // 406 and 415 would mean the test asked wrongly, not that access was granted.
            case "ok" -> a.status() < 500 && !Set.of(401, 403, 404, 406, 415).contains(a.status()) && !toLogin;
            default -> false;
        };
    }

    private Answer send(World world, Operation op, Shape shape, String role) throws Exception {
        String contentType = shape.takes();
        String key = op.key();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Supplier<String> value = "rid".equals(name) && key.endsWith("/delete")
                    ? world::disposableRecommendation
                    : world.params.get(name);
            assertThat(value)
                    .as("a value for {%s} in %s: give the test world one", name, key)
                    .isNotNull();
            values.put(name, value.get());
            m.appendReplacement(path, values.get(name));
        }
        m.appendTail(path);
        String input = INPUTS.get(key);
        if (input != null) {
            input = input.replace("%n", String.valueOf(SEQUENCE.incrementAndGet()));
            for (Map.Entry<String, Supplier<String>> p : world.params.entrySet()) {
                if (input.contains("{" + p.getKey() + "}")) {
                    input = input.replace(
                            "{" + p.getKey() + "}",
                            values.getOrDefault(p.getKey(), p.getValue().get()));
                }
            }
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url(path.toString())).timeout(Duration.ofSeconds(60));
        boolean stream = "text/event-stream".equals(shape.answers());
        if (op.isApi()) {
            request.header("Accept", stream ? "text/event-stream" : "*/*");
            if (!"anon".equals(role)) {
                String user = world.users.get(role);
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            request.header("Accept", stream ? "text/event-stream" : "text/html").header("X-CSRF-Token", CSRF);
            String cookie = "dd-csrf=" + CSRF;
            if (!"anon".equals(role)) {
                cookie += "; " + world.sessions.get(role);
            }
            request.header("Cookie", cookie);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (contentType != null || input != null) {
            String type = contentType == null ? "application/x-www-form-urlencoded" : contentType;
            String content = input;
            if (type.startsWith("multipart/form-data")) {
                type = "multipart/form-data; boundary=matrix";
                content = "--matrix\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--matrix--\r\n";
            } else if (content == null) {
                content = type.contains("json") ? "{}" : "";
            }
            request.header("Content-Type", type);
            body = HttpRequest.BodyPublishers.ofString(content);
        }
        request.method(op.method(), body);
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String detail = "";
        try (InputStream in = response.body()) {
            // A stream of events never ends: its answer is the status it opened with.
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (response.statusCode() >= 400 && text.startsWith("{")) {
                    detail = new ObjectMapper().readTree(text).path("detail").asText("");
                }
            }
        }
        return new Answer(
                response.statusCode(), response.headers().firstValue("Location").orElse(null), detail);
    }

    private URI url(String path) {
        String root = base.toString().endsWith("/")
                ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

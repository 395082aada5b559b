package org.draftingdesk.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.draftingdesk.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The silence procedure over REST, with the service's clock moved instead of waiting. */
@QuarkusTest
class SilenceApiTest {

    private static final String SILENCE = "/api/processes/{pid}/revisions/{rev}/silence";
    private static final String BREAKS = SILENCE + "/breaks";

    @Inject
    MovableClock clock;

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** A process with two paragraphs, issued as the zero draft. */
    record Round(Setup setup, long op1, long op2, long zero) {
        long pid() {
            return setup.processId();
        }

        String cofac() {
            return setup.coFacilitator();
        }
    }

    private static Round round(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        long op1 = Drafting.addClause(s, "OP", "We commit to prevent trafficking in persons.", null)
                .getLong("id");
        long op2 = Drafting.addClause(s, "OP", "We resolve to protect and assist victims.", null)
                .getLong("id");
        long zero = Drafting.issue(s, "Zero draft");
        return new Round(s, op1, op2, zero);
    }

    private Instant inHours(long hours) {
        return clock.instant().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static JsonPath place(Round r, Instant deadline) {
        return Api.asUser(r.cofac())
                .contentType("application/json")
                .body(Map.of("deadline", deadline.toString()))
                .put(SILENCE, r.pid(), r.zero())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.Response breakAs(String user, Round r, List<Long> clauses, String reason) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(Map.of("clauseIds", clauses, "reason", reason))
                .post(BREAKS, r.pid(), r.zero());
    }

    private static JsonPath silence(String user, Round r) {
        return Api.asUser(user)
                .get(SILENCE, r.pid(), r.zero())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aCoFacilitatorPlacesAnIssuedRevisionUnderSilence() {
        Round r = round("Silence placed");
        Instant deadline = inHours(96);
        JsonPath placed = place(r, deadline);
        assertThat(placed.getString("state")).isEqualTo("under-silence");
        assertThat(placed.getString("deadline")).isEqualTo(deadline.toString());
        assertThat(placed.getList("breaks")).isEmpty();

        String observer = Api.newUser("user");
        Drafting.addMember(r.pid(), observer, "observer");
        JsonPath read = silence(observer, r);
        assertThat(read.getString("state")).isEqualTo("under-silence");
        assertThat(read.getString("deadline")).isEqualTo(deadline.toString());
    }

    @Test
    void aRevisionNeverPlacedUnderSilenceSaysSo() {
        Round r = round("Silence none");
        JsonPath read = silence(r.cofac(), r);
        assertThat(read.getString("state")).isEqualTo("none");
        assertThat(read.getString("deadline")).isNull();
    }

    @Test
    void theDeadlinePassingWithoutABreakAdoptsTheText() {
        Round r = round("Silence adopted");
        place(r, inHours(73));
        clock.advance(Duration.ofHours(74));
        JsonPath read = silence(r.cofac(), r);
        assertThat(read.getString("state")).isEqualTo("adopted");
        assertThat(read.getList("breaks")).isEmpty();
    }

    @Test
    void aDeadlineWithLessThanTheMinimumNoticeIsRefusedNamingTheEarliestAllowed() {
        Round r = round("Silence too soon");
        Instant before = clock.instant();
        String earliest = Api.asUser(r.cofac())
                .contentType("application/json")
                .body(Map.of("deadline", inHours(71).toString()))
                .put(SILENCE, r.pid(), r.zero())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("at least 72 hours"))
                .body("detail", containsString("earliest allowed is"))
                .body("field", equalTo("deadline"))
                .extract()
                .jsonPath()
                .getString("earliest");
        Instant named = Instant.parse(earliest);
        assertThat(named)
                .isBetween(before.plus(Duration.ofHours(72)), clock.instant().plus(Duration.ofHours(72)));
        assertThat(silence(r.cofac(), r).getString("state")).isEqualTo("none");
        // Just over the minimum is fine.
        assertThat(place(r, inHours(72).plusSeconds(60)).getString("state")).isEqualTo("under-silence");
    }

    @Test
    void theWorkingDraftIsNeverPlacedUnderSilence() {
        Round r = round("Silence working");
        Api.asUser(r.cofac())
                .contentType("application/json")
                .body(Map.of("deadline", inHours(100).toString()))
                .put(SILENCE, r.pid(), "working")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Only an issued revision"));
    }

    @Test
    void aMissingOrMalformedDeadlineIsBadInput() {
        Round r = round("Silence bad deadline");
        for (Object body :
                List.of(Map.of(), Map.of("deadline", "next Tuesday"), Map.of("deadline", "2031-01-01T12:00"))) {
            Api.asUser(r.cofac())
                    .contentType("application/json")
                    .body(body)
                    .put(SILENCE, r.pid(), r.zero())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("deadline"));
        }
        Api.asUser(r.cofac())
                .contentType("application/json")
                .body(Map.of("deadline", inHours(100).toString()))
                .put(SILENCE, r.pid(), 999_999_999L)
                .then()
                .statusCode(404);
    }

    @Test
    void onlyCoFacilitatorsPlaceARevisionUnderSilence() {
        Round r = round("Silence who places");
        String delegate = Drafting.delegate(r.setup(), "France");
        String observer = Api.newUser("user");
        Drafting.addMember(r.pid(), observer, "observer");
        for (String user : List.of(delegate, observer, Api.newUser("secretariat"))) {
            Api.asUser(user)
                    .contentType("application/json")
                    .body(Map.of("deadline", inHours(100).toString()))
                    .put(SILENCE, r.pid(), r.zero())
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("deadline", inHours(100).toString()))
                .put(SILENCE, r.pid(), r.zero())
                .then()
                .statusCode(200);
    }

    @Test
    void placingAgainWhileSilenceHoldsExtendsTheDeadlineButNeverShortensIt() {
        Round r = round("Silence extended");
        Instant first = inHours(80);
        place(r, first);
        Instant later = inHours(120);
        assertThat(place(r, later).getString("deadline")).isEqualTo(later.toString());
        assertThat(place(r, later).getString("deadline")).isEqualTo(later.toString());
        Api.asUser(r.cofac())
                .contentType("application/json")
                .body(Map.of("deadline", inHours(100).toString()))
                .put(SILENCE, r.pid(), r.zero())
                .then()
                .statusCode(422)
                .body("detail", containsString("never shortened"))
                .body("deadline", equalTo(later.toString()));
        // The first deadline has passed, the extended one has not: silence still holds.
        clock.advance(Duration.ofHours(90));
        assertThat(silence(r.cofac(), r).getString("state")).isEqualTo("under-silence");
        String delegate = Drafting.delegate(r.setup(), "Chile");
        breakAs(delegate, r, List.of(r.op1()), "We need more time on OP1.")
                .then()
                .statusCode(201);
    }

    @Test
    void silenceOverOrBrokenIsNotPlacedAgain() {
        Round over = round("Silence over");
        place(over, inHours(73));
        Round broken = round("Silence broken, not extended");
        place(broken, inHours(100));
        breakAs(Drafting.delegate(broken.setup(), "Peru"), broken, List.of(broken.op2()), "Not agreed.")
                .then()
                .statusCode(201);
        clock.advance(Duration.ofHours(74));
        for (Round r : List.of(over, broken)) {
            Api.asUser(r.cofac())
                    .contentType("application/json")
                    .body(Map.of("deadline", inHours(200).toString()))
                    .put(SILENCE, r.pid(), r.zero())
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("issue a new revision"));
        }
    }

    @Test
    void delegationsBreakSilenceOnNamedParagraphsForThemselves() {
        Round r = round("Silence broken");
        place(r, inHours(100));
        String france = Drafting.delegate(r.setup(), "France");
        String brazil = Drafting.delegate(r.setup(), "Brazil");
        JsonPath first = breakAs(france, r, List.of(r.op2(), r.op1()), "The reference to victims needs work.")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(first.getString("delegation")).isEqualTo("France");
        assertThat(first.getList("clauseLabels")).containsExactly("OP1", "OP2");
        assertThat(silence(r.cofac(), r).getString("state")).isEqualTo("broken");

        // Another delegation's objection goes on record too, until the deadline.
        breakAs(brazil, r, List.of(r.op2()), "We cannot join consensus on OP2.")
                .then()
                .statusCode(201);
        JsonPath read = silence(france, r);
        assertThat(read.getString("state")).isEqualTo("broken");
        assertThat(read.getList("breaks")).hasSize(2);
        assertThat(read.getString("breaks[0].delegation")).isEqualTo("France");
        assertThat(read.getList("breaks[0].clauseLabels")).containsExactly("OP1", "OP2");
        assertThat(read.getString("breaks[0].reason")).isEqualTo("The reference to victims needs work.");
        assertThat(read.getString("breaks[0].at")).isNotBlank();
        assertThat(read.getString("breaks[1].delegation")).isEqualTo("Brazil");
        assertThat(read.getList("breaks[1].clauseLabels")).containsExactly("OP2");

        // Past the deadline the breaks stand and the state stays broken.
        clock.advance(Duration.ofHours(101));
        assertThat(silence(r.cofac(), r).getString("state")).isEqualTo("broken");
    }

    @Test
    void aBreakAfterTheDeadlineIsRefused() {
        Round r = round("Silence late break");
        Instant deadline = inHours(73);
        place(r, deadline);
        String delegate = Drafting.delegate(r.setup(), "France");
        clock.advance(Duration.between(clock.instant(), deadline));
        breakAs(delegate, r, List.of(r.op1()), "Too late?")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("can no longer be broken"))
                .body("state", equalTo("adopted"));
        assertThat(silence(r.cofac(), r).getString("state")).isEqualTo("adopted");
    }

    @Test
    void aBreakWithoutSilenceIsAConflict() {
        Round r = round("Silence none to break");
        breakAs(Drafting.delegate(r.setup(), "France"), r, List.of(r.op1()), "Objection.")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("not under silence"));
    }

    @Test
    void aBreakNamesParagraphsOfTheRevisionAndGivesAReason() {
        Round r = round("Silence break input");
        place(r, inHours(100));
        String delegate = Drafting.delegate(r.setup(), "France");
        // A paragraph added after the revision was issued is not one of its paragraphs.
        long later = Drafting.addClause(r.setup(), "OP", "A paragraph of the working draft only.", null)
                .getLong("id");
        breakAs(delegate, r, List.of(r.op1(), later), "Objection.")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("clauseIds"))
                .body("detail", containsString(String.valueOf(later)));
        breakAs(delegate, r, List.of(r.op1()), "   ")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reason"));
        breakAs(delegate, r, List.of(), "Objection.").then().statusCode(400).body("field", equalTo("clauseIds"));
        JsonPath read = silence(r.cofac(), r);
        assertThat(read.getString("state")).isEqualTo("under-silence");
        assertThat(read.getList("breaks")).isEmpty();
    }

    @Test
    void onlyDelegatesOfTheProcessBreakSilenceAndOnlyForTheirOwnDelegation() {
        Round r = round("Silence who breaks");
        place(r, inHours(100));
        String observer = Api.newUser("user");
        Drafting.addMember(r.pid(), observer, "observer");
        Round elsewhere = round("Silence elsewhere");
        String outsider = Drafting.delegate(elsewhere.setup(), "Germany");
        for (String user : List.of(r.cofac(), observer, outsider, Api.ADMIN)) {
            io.restassured.specification.RequestSpecification as =
                    Api.ADMIN.equals(user) ? Api.asAdmin() : Api.asUser(user);
            as.contentType("application/json")
                    .body(Map.of("clauseIds", List.of(r.op1()), "reason", "No."))
                    .post(BREAKS, r.pid(), r.zero())
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        // Whatever the body says, the break is the caller's own delegation's.
        String france = Drafting.delegate(r.setup(), "France");
        Api.asUser(france)
                .contentType("application/json")
                .body(Map.of("clauseIds", List.of(r.op1()), "reason", "No.", "delegation", "Germany"))
                .post(BREAKS, r.pid(), r.zero())
                .then()
                .statusCode(201)
                .body("delegation", equalTo("France"));
        Api.asUser(r.cofac())
                .get(SILENCE, r.pid(), r.zero())
                .then()
                .body("breaks", hasSize(1))
                .body("breaks[0].delegation", equalTo("France"));
        Api.asUser(outsider).get(SILENCE, r.pid(), r.zero()).then().statusCode(403);
        io.restassured.RestAssured.given()
                .get(SILENCE, r.pid(), r.zero())
                .then()
                .statusCode(401);
    }

    @Test
    void placingAndBreakingSilenceAreAnnouncedOnTheEventStream() throws Exception {
        Round r = round("Silence events");
        CompletableFuture<String> placed = firstEventContaining(r, "silence-placed");
        CompletableFuture<String> broken = firstEventContaining(r, "silence-broken");
        Thread.sleep(300);
        place(r, inHours(100));
        breakAs(Drafting.delegate(r.setup(), "France"), r, List.of(r.op1()), "No.")
                .then()
                .statusCode(201);
        assertThat(placed.get(20, TimeUnit.SECONDS))
                .contains("\"revisionId\":" + r.zero())
                .contains("\"actor\":\"" + r.cofac() + "\"");
        assertThat(broken.get(20, TimeUnit.SECONDS))
                .contains("\"delegation\":\"France\"")
                .contains("\"clauseIds\":[" + r.op1() + "]");
    }

    private CompletableFuture<String> firstEventContaining(Round r, String wanted) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((r.cofac() + ":" + r.cofac() + "-pw").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/processes/" + r.pid() + "/events"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> response.body()
                .filter(line -> line.startsWith("data:") && line.contains(wanted))
                .findFirst()
                .orElse(null));
    }
}

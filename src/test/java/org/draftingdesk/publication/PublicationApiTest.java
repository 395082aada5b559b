package org.draftingdesk.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** Publishing issued revisions, and what the public (nobody signed in) reads, and does not. */
@QuarkusTest
class PublicationApiTest {

    private static final String PUBLISH = "/api/processes/{pid}/revisions/{rev}/publish";
    private static final String PUBLIC = "/api/public/processes/{pid}/revisions/{rev}";

    /** A process with a hearing, two paragraphs (one linked), and two issued revisions. */
    record World(Setup setup, long op1, long zero, long rev1) {
        long pid() {
            return setup.processId();
        }
    }

    private static World world(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        JsonPath source = Drafting.importSummary(s);
        long op1 = Drafting.addClause(s, "OP", "We commit to prevent trafficking in persons.", null)
                .getLong("id");
        Drafting.addClause(s, "OP", "We resolve to protect and assist [all] victims.", null);
        Drafting.link(s, op1, source.getLong("themes[0].recommendations[0].id"));
        long zero = Drafting.issue(s, "Zero draft");
        long rev1 = Drafting.issue(s, "Rev.1");
        return new World(s, op1, zero, rev1);
    }

    private static JsonPath publish(World w, long rev) {
        return Api.asUser(w.setup().coFacilitator())
                .post(PUBLISH, w.pid(), rev)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aPublishedRevisionAndItsCoverageAreReadWithoutSigningIn() {
        World w = world("Published");
        JsonPath published = publish(w, w.rev1());
        assertThat(published.getString("publicPage"))
                .isEqualTo("/public/processes/" + w.pid() + "/revisions/" + w.rev1());
        assertThat(published.getString("publishedBy")).isEqualTo(w.setup().coFacilitator());

        JsonPath text = given().get(PUBLIC, w.pid(), w.rev1())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(text.getString("label")).isEqualTo("Rev.1");
        assertThat(text.getString("processTitle")).startsWith("Published");
        assertThat(text.getList("clauses.label")).containsExactly("OP1", "OP2");
        assertThat(text.getString("clauses[1].text")).isEqualTo("We resolve to protect and assist [all] victims.");
        // Nothing of who issued it, comments or members.
        assertThat(text.getMap("$")).doesNotContainKeys("issuedBy", "comments", "members");

        JsonPath coverage = given().get(PUBLIC + "/coverage", w.pid(), w.rev1())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(coverage.getString("revisionLabel")).isEqualTo("Rev.1");
        assertThat(coverage.getInt("totals.addressed")).isEqualTo(1);
        assertThat(coverage.getList("themes[0].addressedBy")).containsExactly("OP1");
        // The changes since the previous revision would name a revision that is not public.
        assertThat(coverage.getString("changes")).isNull();

        JsonPath list = given().get("/api/public/processes/{pid}/revisions", w.pid())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getList("revisions.label")).containsExactly("Rev.1");
        assertThat(given().get("/api/public/processes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .contains(w.pid());
    }

    @Test
    void everythingNotPublishedIsTheSameNotFoundToThePublic() {
        World w = world("Not published");
        publish(w, w.rev1());
        World other = world("Other published");
        publish(other, other.rev1());
        List<String[]> hidden = List.of(
                new String[] {String.valueOf(w.pid()), String.valueOf(w.zero())}, // issued, not published
                new String[] {String.valueOf(w.pid()), "working"},
                new String[] {String.valueOf(w.pid()), "not-a-revision"},
                new String[] {String.valueOf(w.pid()), String.valueOf(other.rev1())}, // published elsewhere
                new String[] {String.valueOf(other.pid()), String.valueOf(w.rev1())},
                new String[] {"999999999", String.valueOf(w.rev1())},
                new String[] {"999999999", "999999999"});
        for (String[] pair : hidden) {
            for (String suffix : List.of("", "/coverage")) {
                given().get("/api/public/processes/" + pair[0] + "/revisions/" + pair[1] + suffix)
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .body("status", equalTo(404))
                        .body("title", equalTo("Not found"))
                        .body("detail", not(containsString("Zero draft")));
            }
        }
        World none = world("Nothing published");
        given().get("/api/public/processes/{pid}/revisions", none.pid())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/public/processes/{pid}/revisions", 999_999_999L)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theRestOfTheApiStillNeedsSigningIn() {
        World w = world("Still private");
        publish(w, w.rev1());
        given().get("/api/processes/{pid}/revisions/{rev}", w.pid(), w.rev1())
                .then()
                .statusCode(401);
        given().get("/api/processes/{pid}/coverage?revision={rev}", w.pid(), w.rev1())
                .then()
                .statusCode(401);
        given().post(PUBLISH, w.pid(), w.zero()).then().statusCode(401);
        given().redirects()
                .follow(false)
                .accept("text/html")
                .get("/processes/{pid}/revisions/{rev}", w.pid(), w.rev1())
                .then()
                .statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void onlyCoFacilitatorsPublishAndOnlyIssuedRevisions() {
        World w = world("Who publishes");
        String delegate = Drafting.delegate(w.setup(), "France");
        String observer = Api.newUser("user");
        Drafting.addMember(w.pid(), observer, "observer");
        for (String user : List.of(delegate, observer, Api.newUser("secretariat"))) {
            Api.asUser(user)
                    .post(PUBLISH, w.pid(), w.rev1())
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get(PUBLIC, w.pid(), w.rev1()).then().statusCode(404);
        Api.asUser(w.setup().coFacilitator())
                .post(PUBLISH, w.pid(), "working")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Only an issued revision"));
        Api.asUser(w.setup().coFacilitator())
                .post(PUBLISH, w.pid(), 999_999_999L)
                .then()
                .statusCode(404);
        Api.asAdmin().post(PUBLISH, w.pid(), w.zero()).then().statusCode(200);
        given().get(PUBLIC, w.pid(), w.zero()).then().statusCode(200).body("label", equalTo("Zero draft"));
    }

    @Test
    void publishingAgainAnswersTheSamePublication() {
        World w = world("Published twice");
        JsonPath first = publish(w, w.rev1());
        JsonPath second = publish(w, w.rev1());
        assertThat(second.getString("publishedAt")).isEqualTo(first.getString("publishedAt"));
        assertThat(second.getString("publishedBy")).isEqualTo(first.getString("publishedBy"));
    }

    @Test
    void thePublicPagesAreReadWithoutSigningInAndShowNoComments() {
        World w = world("Public pages");
        String france = Drafting.delegate(w.setup(), "France");
        Api.asUser(france)
                .contentType("application/json")
                .body(java.util.Map.of("kind", "comment", "text", "A private remark of France."))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", w.pid(), w.rev1(), w.op1())
                .then()
                .statusCode(201);
        publish(w, w.rev1());
        String page = given().accept("text/html")
                .get("/public/processes/{pid}/revisions/{rev}", w.pid(), w.rev1())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Rev.1")
                .contains("We commit to prevent trafficking in persons.")
                .doesNotContain("A private remark of France")
                .doesNotContain("Sign out");
        given().accept("text/html")
                .get("/public/processes/{pid}/revisions/{rev}/coverage", w.pid(), w.rev1())
                .then()
                .statusCode(200)
                .body(containsString("OP1"));
        given().accept("text/html")
                .get("/public/processes/{pid}", w.pid())
                .then()
                .statusCode(200)
                .body(containsString("Rev.1"))
                .body(not(containsString("Zero draft")));
        given().accept("text/html").get("/public").then().statusCode(200).body(containsString("Public pages"));
        given().accept("text/html")
                .redirects()
                .follow(false)
                .get("/public/processes/{pid}/revisions/{rev}", w.pid(), w.zero())
                .then()
                .statusCode(404);
    }
}

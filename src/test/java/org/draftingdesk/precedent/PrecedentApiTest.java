package org.draftingdesk.precedent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.draftingdesk.support.Api.asAdmin;
import static org.draftingdesk.support.Api.asUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrecedentApiTest {

    @Inject
    PrecedentSeeds seeds;

    /** One line of the judged expectations: which earlier paragraph a 2025 paragraph repeats. */
    record Judged(String clause, String symbol, String paragraph, double similarity, double share) {}

    static List<Judged> judged() {
        try (InputStream in = PrecedentApiTest.class.getResourceAsStream("/precedent/2025-op-precedents.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .map(f -> new Judged(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long processTitled(String prefix) {
        List<Map<String, Object>> processes = asAdmin()
                .get("/api/processes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return processes.stream()
                .filter(p -> ((String) p.get("title")).startsWith(prefix))
                .map(p -> ((Number) p.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    static long clauseLabelled(long pid, String label) {
        return asAdmin()
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("clauses.find { it.label == '" + label + "' }.id");
    }

    static JsonPath precedents(long pid, long cid) {
        return asAdmin()
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", pid, cid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theLibraryHoldsTheSeededDeclarationsWithTheirPrintedParagraphsOnce() {
        String user = Api.newUser("user");
        asUser(user)
                .get("/api/precedents")
                .then()
                .statusCode(200)
                .body("find { it.symbol == 'A/RES/72/1' }.paragraphCount", equalTo(26))
                .body("find { it.symbol == 'A/RES/76/7' }.paragraphCount", equalTo(29))
                .body("find { it.symbol == 'A/RES/76/7' }.adopted", equalTo("2021-11-22"));
        String before = asAdmin().get("/api/precedents").then().extract().asString();
        seeds.importAll();
        assertThat(asAdmin().get("/api/precedents").then().extract().asString()).isEqualTo(before);
        long id = asAdmin()
                .get("/api/precedents")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.symbol == 'A/RES/76/7' }.id");
        asUser(user)
                .get("/api/precedents/{id}", id)
                .then()
                .statusCode(200)
                .body("paragraphs[11].paragraph", equalTo("12"))
                .body("paragraphs[11].label", equalTo("OP12"))
                .body(
                        "paragraphs[11].text",
                        org.hamcrest.Matchers.startsWith("We express solidarity with and compassion"));
        given().get("/api/precedents").then().statusCode(401);
    }

    @Test
    void everyParagraphOf2025ThatRepeatsAnEarlierOneHasItAsItsTopPrecedent() {
        long pid = processTitled("2025");
        List<Judged> repeats =
                judged().stream().filter(j -> j.similarity() >= 0.85).toList();
        assertThat(repeats).hasSizeGreaterThanOrEqualTo(10);
        for (Judged j : repeats) {
            JsonPath answer = precedents(pid, clauseLabelled(pid, j.clause()));
            assertThat(answer.getString("precedents[0].symbol")).as(j.clause()).isEqualTo(j.symbol());
            assertThat(answer.getString("precedents[0].paragraph"))
                    .as(j.clause())
                    .isEqualTo(j.paragraph());
            assertThat(answer.getDouble("precedents[0].similarity"))
                    .as(j.clause())
                    .isCloseTo(j.similarity(), within(0.02));
        }
    }

    @Test
    void identicalParagraphsAreWhollyAgreedAndNewWordingHardlyAtAll() {
        long pid = processTitled("2025");
        List<Judged> identical =
                judged().stream().filter(j -> j.similarity() == 1.0).toList();
        assertThat(identical).extracting(Judged::clause).containsExactly("OP23", "OP25", "OP31");
        for (Judged j : identical) {
            JsonPath answer = precedents(pid, clauseLabelled(pid, j.clause()));
            assertThat(answer.getDouble("agreedShare")).as(j.clause()).isEqualTo(1.0);
            assertThat(answer.getDouble("precedents[0].similarity")).isEqualTo(1.0);
            assertThat(answer.getList("precedents[0].diff.op")).as(j.clause()).containsOnly("equal");
        }
        List<Judged> fresh = judged().stream().filter(j -> j.share() < 0.3).toList();
        assertThat(fresh).isNotEmpty();
        for (Judged j : fresh) {
            assertThat(precedents(pid, clauseLabelled(pid, j.clause())).getDouble("agreedShare"))
                    .as(j.clause())
                    .isLessThan(0.3);
        }
        for (Judged j : judged()) {
            assertThat(precedents(pid, clauseLabelled(pid, j.clause())).getDouble("agreedShare"))
                    .as(j.clause())
                    .isCloseTo(j.share(), within(0.05));
        }
    }

    @Test
    void theDiffTurnsThePrecedentIntoTheClauseAndPrecedentsComeBestFirst() {
        long pid = processTitled("2025");
        long cid = clauseLabelled(pid, "OP2");
        JsonPath answer = asAdmin()
                .queryParam("limit", 5)
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", pid, cid)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Float> similarities = answer.getList("precedents.similarity");
        assertThat(similarities).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Map<String, String>> diff = answer.getList("precedents[0].diff");
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        diff.forEach(s -> {
            if (!s.get("op").equals("insert")) {
                oldText.append(s.get("text"));
            }
            if (!s.get("op").equals("delete")) {
                newText.append(s.get("text"));
            }
        });
        assertThat(oldText.toString()).isEqualTo(answer.getString("precedents[0].text"));
        String clauseText = asAdmin()
                .get("/api/processes/{pid}/draft/clauses/{cid}", pid, cid)
                .then()
                .extract()
                .jsonPath()
                .getString("text");
        assertThat(newText.toString()).isEqualTo(clauseText);
        assertThat(diff)
                .anySatisfy(s -> assertThat(s)
                        .containsEntry("op", "insert")
                        .containsEntry("text", "and international cooperation "));
    }

    @Test
    void aProcessOwnAdoptedTextIsNeverItsPrecedent() {
        // The seeded 2021 process: A/RES/76/7 was imported as its own outcome.
        long pid2021 = processTitled("2021");
        String text = Fixtures.seed("precedents/A-RES-76-7.txt")
                .lines()
                .filter(l -> l.startsWith("OP20:"))
                .findFirst()
                .orElseThrow()
                .substring(6);
        long cid = asAdmin()
                .contentType("application/json")
                .body(Map.of("kind", "OP", "text", text))
                .post("/api/processes/{pid}/draft/clauses", pid2021)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        JsonPath answer = precedents(pid2021, cid);
        assertThat(answer.getList("precedents.symbol", String.class))
                .isNotEmpty()
                .doesNotContain("A/RES/76/7");
        assertThat(answer.getString("precedents[0].symbol")).isEqualTo("A/RES/72/1");
        assertThat(answer.getString("precedents[0].paragraph")).isEqualTo("14");

        // Any process that issued the adopted text as a revision named after its symbol.
        Drafting.Setup s = Drafting.processWithCoFacilitator("Own text");
        long other = Drafting.addClause(s, "OP", text, null).getLong("id");
        assertThat(precedents(s.processId(), other).getString("precedents[0].symbol"))
                .isEqualTo("A/RES/76/7");
        Drafting.issue(s, "A/RES/76/7");
        JsonPath after = precedents(s.processId(), other);
        assertThat(after.getList("precedents.symbol", String.class)).doesNotContain("A/RES/76/7");
        assertThat(after.getDouble("agreedShare")).isEqualTo(1.0);
    }

    @Test
    void theSecretariatAddsAdoptedTextsAndTheyBecomePrecedentsAtOnce() {
        String secretariat = Api.newUser("secretariat");
        String symbol = "A/RES/99/" + System.nanoTime() % 100000;
        String body =
                "PP1: Recalling the zebra crossing pelican accord of the lighthouse keepers guild and its annex,\n"
                        + "1. We resolve to paint every zebra crossing in luminous violet before the next lighthouse festival.\n"
                        + "2. We invite the guild to report on the violet crossings.\n";
        asUser(secretariat)
                .contentType("text/plain")
                .body(body)
                .post("/api/precedents?symbol={s}&title=Zebra crossings&adopted=2020-01-02", symbol)
                .then()
                .statusCode(201)
                .body("symbol", equalTo(symbol))
                .body("paragraphCount", equalTo(3));
        asUser(secretariat)
                .contentType("text/plain")
                .body(body)
                .post("/api/precedents?symbol={s}&title=Zebra crossings&adopted=2020-01-02", symbol)
                .then()
                .statusCode(200);
        asUser(secretariat)
                .contentType("text/plain")
                .body(body + "3. Something else entirely.\n")
                .post("/api/precedents?symbol={s}&adopted=2020-01-02", symbol)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        Drafting.Setup s = Drafting.processWithCoFacilitator("Zebra");
        long cid = Drafting.addClause(
                        s,
                        "OP",
                        "We resolve to paint every zebra crossing in luminous violet before the next village fair.",
                        null)
                .getLong("id");
        asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", s.processId(), cid)
                .then()
                .statusCode(200)
                .body("precedents[0].symbol", equalTo(symbol))
                .body("precedents[0].paragraph", equalTo("1"))
                .body("precedents.diff[0].op", hasItem("delete"));
    }

    @Test
    void theWordExportNotesWhereEachParagraphWasAgreedBefore() throws Exception {
        Drafting.Setup s = Drafting.processWithCoFacilitator("Export agreed");
        String agreed = Fixtures.seed("precedents/A-RES-76-7.txt")
                .lines()
                .filter(l -> l.startsWith("OP23:"))
                .findFirst()
                .orElseThrow()
                .substring(6);
        Drafting.addClause(s, "OP", agreed, null);
        Drafting.addClause(s, "OP", "We welcome the zebra crossing accord of the lighthouse keepers.", null);
        long rev = Drafting.issue(s, "Zero draft");
        byte[] docx = asUser(s.coFacilitator())
                .queryParam("format", "docx")
                .get("/api/processes/{pid}/revisions/{rev}/export", s.processId(), rev)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
            int first = texts.indexOf("1.\t" + agreed);
            assertThat(first).isPositive();
            assertThat(texts.get(first + 1)).isEqualTo("[Agreed language: agreed 100% — A/RES/76/7 OP23]");
            assertThat(texts.get(first + 2)).startsWith("2.\tWe welcome the zebra");
            assertThat(texts).hasSize(first + 3);
        }
    }

    @Test
    void badInputIsAProblemNeverAFailure() {
        String secretariat = Api.newUser("secretariat");
        asUser(Api.newUser("user"))
                .contentType("text/plain")
                .body("1. We agree.")
                .post("/api/precedents?symbol=A/RES/1/1&adopted=2020-01-01")
                .then()
                .statusCode(403);
        asUser(secretariat)
                .contentType("text/plain")
                .body("1. We agree on zebras.")
                .post("/api/precedents?symbol=A/RES/1/2")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asUser(secretariat)
                .contentType("text/plain")
                .body("1. We agree on zebras.")
                .post("/api/precedents?adopted=2020-01-01")
                .then()
                .statusCode(400);
        asUser(secretariat)
                .contentType("text/plain")
                .body("1. We agree on zebras.")
                .post("/api/precedents?symbol=A/RES/1/3&adopted=yesterday")
                .then()
                .statusCode(400);
        asUser(secretariat)
                .contentType("text/plain")
                .body("   ")
                .post("/api/precedents?symbol=A/RES/1/4&adopted=2020-01-01")
                .then()
                .statusCode(400);
        asUser(secretariat)
                .contentType("text/plain")
                .body(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41})
                .post("/api/precedents?symbol=A/RES/1/5&adopted=2020-01-01")
                .then()
                .statusCode(415);
        asUser(secretariat)
                .contentType("image/png")
                .body(new byte[] {1, 2, 3})
                .post("/api/precedents?symbol=A/RES/1/6&adopted=2020-01-01")
                .then()
                .statusCode(415);

        long pid = processTitled("2025");
        long cid = clauseLabelled(pid, "OP1");
        asAdmin()
                .queryParam("limit", 0)
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", pid, cid)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asAdmin()
                .queryParam("limit", "many")
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", pid, cid)
                .then()
                .statusCode(400);
        long other = processTitled("2017");
        asAdmin()
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", other, cid)
                .then()
                .statusCode(404);
    }

    @Test
    void onlyMembersOfTheProcessReadTheirClausesPrecedents() {
        Drafting.Setup s = Drafting.processWithCoFacilitator("Members only");
        long cid = Drafting.addClause(
                        s,
                        "OP",
                        "We reaffirm the importance of universal ratification and implementation"
                                + " of other relevant international instruments that address trafficking in persons.",
                        null)
                .getLong("id");
        String outsider = Api.newUser("user");
        asUser(outsider)
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", s.processId(), cid)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");
        // The working draft is the co-facilitators' desk until they open it.
        asUser(observer)
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", s.processId(), cid)
                .then()
                .statusCode(403);
        Drafting.openWorkingDraft(s);
        asUser(observer)
                .get("/api/processes/{pid}/draft/clauses/{cid}/precedents", s.processId(), cid)
                .then()
                .statusCode(200)
                .body("precedents[0].symbol", equalTo("A/RES/72/1"))
                .body("precedents[0].paragraph", equalTo("6"));
        given().get("/api/processes/{pid}/draft/clauses/{cid}/precedents", s.processId(), cid)
                .then()
                .statusCode(401);
    }
}

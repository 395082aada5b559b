package org.draftingdesk.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageApiTest {

    record Scene(Setup s, JsonPath source, long op1, long op2) {}

    /** Two themes: theme 1 half addressed by OP1, theme 2 addressed by OP2. */
    private static Scene scene(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        JsonPath source = Drafting.importSummary(s);
        long op1 = addClause(s, "OP", "We will support victims unconditionally.", null)
                .getLong("id");
        long op2 =
                addClause(s, "OP", "We will regulate online platforms.", null).getLong("id");
        Drafting.link(s, op1, source.getLong("themes[0].recommendations[0].id"));
        Drafting.link(s, op2, source.getLong("themes[1].recommendations[0].id"));
        return new Scene(s, source, op1, op2);
    }

    private static Response coverage(Setup s, String revision) {
        return Api.asUser(s.coFacilitator())
                .queryParam("revision", revision)
                .get("/api/processes/{pid}/coverage", s.processId());
    }

    @Test
    void theWorkingDraftReportCountsConfirmedLinksPerTheme() {
        Scene sc = scene("Coverage working");
        coverage(sc.s(), "working")
                .then()
                .statusCode(200)
                .body("revision", equalTo("working"))
                .body("themes.number", contains(1, 2))
                .body("themes.recommendations", contains(2, 1))
                .body("themes.addressed", contains(1, 1))
                .body("themes.coverage", contains(0.5f, 1.0f))
                .body("themes[0].addressedBy", contains("OP1"))
                .body("unaddressed.themes.size()", equalTo(0))
                .body("unaddressed.recommendations", contains(sc.source().getInt("themes[0].recommendations[1].id")))
                .body("totals.coverage", equalTo(0.6667f));
    }

    @Test
    void anIssuedRevisionsReportNeverChangesAndAnswers304() {
        Scene sc = scene("Coverage frozen");
        long zero = Drafting.issue(sc.s(), "Zero draft");
        Response first = coverage(sc.s(), String.valueOf(zero));
        first.then().statusCode(200);
        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        String body = first.asString();

        // Later: the OP2 link becomes suspect, OP1 is deleted, a new link is made.
        Drafting.edit(sc.s(), sc.op2(), "We will regulate online platforms and payment services.", 1);
        Api.asUser(sc.s().coFacilitator())
                .queryParam("version", 1)
                .delete("/api/processes/{pid}/draft/clauses/{cid}", sc.s().processId(), sc.op1())
                .then()
                .statusCode(204);
        Drafting.link(sc.s(), sc.op2(), sc.source().getLong("themes[0].recommendations[1].id"));

        Response again = coverage(sc.s(), String.valueOf(zero));
        assertThat(again.asString()).isEqualTo(body);
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        Api.asUser(sc.s().coFacilitator())
                .header("If-None-Match", etag)
                .queryParam("revision", zero)
                .get("/api/processes/{pid}/coverage", sc.s().processId())
                .then()
                .statusCode(304);

        // The working draft moved on: theme 2 only suspect now, OP1's recommendation dropped.
        coverage(sc.s(), "working")
                .then()
                .body("themes[1].addressed", equalTo(0))
                .body("themes[1].suspect", equalTo(1))
                .body("changes.previousLabel", equalTo("Zero draft"))
                .body(
                        "changes.dropped.recommendationId",
                        org.hamcrest.Matchers.hasItem(sc.source().getInt("themes[0].recommendations[0].id")))
                .body("changes.newlyAddressed[0].clauses", contains("OP2"));
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerThemeThatParsesBackToTheJsonFigures() {
        Scene sc = scene("Coverage CSV");
        JsonPath json = coverage(sc.s(), "working").then().extract().jsonPath();
        String csv = Api.asUser(sc.s().coFacilitator())
                .accept("text/csv")
                .get("/api/processes/{pid}/coverage", sc.s().processId())
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        List<List<String>> rows = parse(csv);
        assertThat(rows.get(0))
                .containsExactly(
                        "theme_id",
                        "source_id",
                        "number",
                        "title",
                        "recommendations",
                        "addressed",
                        "suspect",
                        "coverage",
                        "addressed_by");
        assertThat(rows).hasSize(1 + json.getList("themes").size());
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String t = "themes[" + (i - 1) + "].";
            assertThat(Long.parseLong(row.get(0))).isEqualTo(json.getLong(t + "themeId"));
            assertThat(row.get(3)).isEqualTo(json.getString(t + "title"));
            assertThat(Integer.parseInt(row.get(4))).isEqualTo(json.getInt(t + "recommendations"));
            assertThat(Integer.parseInt(row.get(5))).isEqualTo(json.getInt(t + "addressed"));
            assertThat(Integer.parseInt(row.get(6))).isEqualTo(json.getInt(t + "suspect"));
            assertThat(Double.parseDouble(row.get(7))).isEqualTo(json.getDouble(t + "coverage"));
            assertThat(row.get(8)).isEqualTo(String.join(";", json.getList(t + "addressedBy", String.class)));
        }
    }

    @Test
    void theReportCanBeFilteredToOneSource() {
        Scene sc = scene("Coverage by source");
        long other = Api.asAdmin()
                .contentType("text/plain")
                .body("""
                ## Key messages
                1. Data
                Stakeholders called for better data on trafficking flows.
                """)
                .post("/api/processes/{pid}/sources", sc.s().processId())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        coverage(sc.s(), "working").then().body("themes.size()", equalTo(3));
        Api.asUser(sc.s().coFacilitator())
                .queryParam("source", other)
                .get("/api/processes/{pid}/coverage", sc.s().processId())
                .then()
                .statusCode(200)
                .body("themes.title", contains("Data"))
                .body("totals.coverage", equalTo(0.0f));
        Api.asUser(sc.s().coFacilitator())
                .queryParam("source", "abc")
                .get("/api/processes/{pid}/coverage", sc.s().processId())
                .then()
                .statusCode(400);
        coverage(sc.s(), "999999").then().statusCode(404);
    }

    @Test
    void byStakeholderGroup() {
        Scene sc = scene("Coverage groups");
        JsonPath json = coverage(sc.s(), "working").then().extract().jsonPath();
        Map<String, Object> participants = json.getMap("groups.find { it.group == 'participants' }");
        assertThat(participants).containsEntry("recommendations", 2).containsEntry("addressed", 2);
    }

    /** A small RFC 4180 reader, enough for quoted titles. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString().replaceAll("\r$", ""));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}

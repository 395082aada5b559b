package org.draftingdesk.coverage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.account.AccountService;
import org.draftingdesk.hearing.CorrectingImport;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/**
 * The working draft's coverage is kept per process under a content version the database raises with
 * every change to what it is made of: repeated requests come from memory, and every acknowledged
 * change — made through this replica or written by another one straight into the database — is in
 * the very next report.
 */
@QuarkusTest
class WorkingCoverageCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CorrectingImport corrections;

    @Inject
    AccountService accounts;

    private record Linked(Setup s, long recommendation, long clause, long link) {}

    private static Linked linked(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        long recommendation = Drafting.importSummary(s).getLong("themes[0].recommendations[0].id");
        long clause = addClause(s, "OP", "We will support victims unconditionally.", null)
                .getLong("id");
        long link = Drafting.link(s, clause, recommendation);
        return new Linked(s, recommendation, clause, link);
    }

    private static Response working(Setup s) {
        return Api.asUser(s.coFacilitator()).get("/api/processes/{pid}/coverage", s.processId());
    }

    private static JsonPath report(Setup s) {
        return working(s).then().statusCode(200).extract().jsonPath();
    }

    private static String state(JsonPath report, long recommendation) {
        return report.getString("recommendations.find { it.recommendationId == " + recommendation + " }.state");
    }

    private static double lookups(String cache, String result) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile(
                        "^drafting_coverage_cache_total\\{(?=[^}]*cache=\"" + cache + "\")(?=[^}]*result=\"" + result
                                + "\")[^}]*\\} ([0-9.E+-]+)$",
                        Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aRepeatedReportOfTheWorkingDraftComesFromMemoryWithAnETag() {
        Linked l = linked("Working coverage cached");
        Response first = working(l.s());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(state(first.jsonPath(), l.recommendation())).isEqualTo(CoverageCalculator.ADDRESSED);
        double hits = lookups("rendered-working", "hit");
        double misses = lookups("rendered-working", "miss");

        Response again = working(l.s());
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(lookups("rendered-working", "hit")).isEqualTo(hits + 1);
        assertThat(lookups("rendered-working", "miss")).isEqualTo(misses);

        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("\"");
        Api.asUser(l.s().coFacilitator())
                .header("If-None-Match", etag)
                .get("/api/processes/{pid}/coverage", l.s().processId())
                .then()
                .statusCode(304);
        // Access is still checked on every request.
        Api.asUser(Api.newUser("user"))
                .get("/api/processes/{pid}/coverage", l.s().processId())
                .then()
                .statusCode(403);
    }

    @Test
    void aClauseEditThenAConfirmationThenARejectionAreEachInTheNextReport() {
        Linked l = linked("Working coverage after edits");
        assertThat(state(report(l.s()), l.recommendation())).isEqualTo(CoverageCalculator.ADDRESSED);
        report(l.s());

        Drafting.edit(l.s(), l.clause(), "We will support victims, subject to national law.", 1);
        JsonPath afterEdit = report(l.s());
        assertThat(state(afterEdit, l.recommendation())).isEqualTo(CoverageCalculator.SUSPECT);
        assertThat(afterEdit.getInt("totals.suspect")).isEqualTo(1);

        Api.asUser(l.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("note", "still answers it"))
                .post("/api/processes/{pid}/links/{lid}/confirm", l.s().processId(), l.link())
                .then()
                .statusCode(200);
        assertThat(state(report(l.s()), l.recommendation())).isEqualTo(CoverageCalculator.ADDRESSED);

        Api.asUser(l.s().coFacilitator())
                .contentType("application/json")
                .body(Map.of("note", "does not answer it after all"))
                .post("/api/processes/{pid}/links/{lid}/reject", l.s().processId(), l.link())
                .then()
                .statusCode(200);
        JsonPath afterReject = report(l.s());
        assertThat(state(afterReject, l.recommendation())).isEqualTo(CoverageCalculator.UNADDRESSED);
        assertThat(afterReject.getInt("totals.addressed")).isZero();
    }

    @Test
    void recommendationsAddedEditedAndDeletedAreInTheNextReport() {
        Linked l = linked("Working coverage after recommendation changes");
        JsonPath before = report(l.s());
        int recommendations = before.getInt("totals.recommendations");
        report(l.s());

        // Another hearing imported over REST: more recommendations.
        Api.asAdmin()
                .contentType("text/plain")
                .body("""
                        # Summary of another hearing

                        ## Key messages

                        ### 1. Prosecute traffickers

                        Participants called for more prosecutions of traffickers.
                        """)
                .post("/api/processes/{pid}/sources", l.s().processId())
                .then()
                .statusCode(201);
        JsonPath added = report(l.s());
        assertThat(added.getInt("totals.recommendations")).isGreaterThan(recommendations);

        // A correction of the recommendation's words (the sources page's form calls the same service).
        AccountService.Account admin = accounts.find(Api.ADMIN).orElseThrow();
        corrections.editRecommendation(
                l.recommendation(),
                "Participants called for shelters open to every victim.",
                "civil society / NGOs",
                admin);
        JsonPath edited = report(l.s());
        assertThat(edited.getString("recommendations.find { it.recommendationId == " + l.recommendation() + " }.text"))
                .isEqualTo("Participants called for shelters open to every victim.");

        corrections.deleteRecommendation(l.recommendation(), admin);
        JsonPath deleted = report(l.s());
        assertThat(deleted.getList("recommendations.recommendationId", Long.class))
                .doesNotContain(l.recommendation());
    }

    @Test
    void aChangeWrittenByAnotherReplicaIsInTheNextReportWithoutAnyEvent() throws Exception {
        Linked l = linked("Working coverage, other replica");
        assertThat(state(report(l.s()), l.recommendation())).isEqualTo(CoverageCalculator.ADDRESSED);
        report(l.s());

        // What another replica's transaction does: no event reaches this one before the next request.
        try (Connection c = dataSource.getConnection();
                PreparedStatement update =
                        c.prepareStatement("update trace_link set state = 'rejected' where id = ?")) {
            update.setLong(1, l.link());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(state(report(l.s()), l.recommendation())).isEqualTo(CoverageCalculator.UNADDRESSED);

        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update clause set label = 'OP7' where id = ?")) {
            update.setLong(1, l.clause());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update =
                        c.prepareStatement("update trace_link set state = 'confirmed' where id = ?")) {
            update.setLong(1, l.link());
            update.executeUpdate();
        }
        JsonPath relabelled = report(l.s());
        assertThat(relabelled.getList(
                        "recommendations.find { it.recommendationId == " + l.recommendation() + " }.addressedBy.label",
                        String.class))
                .containsExactly("OP7");
    }
}

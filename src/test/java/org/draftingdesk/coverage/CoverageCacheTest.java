package org.draftingdesk.coverage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** An issued revision's coverage is computed once per replica; access is still checked every time. */
@QuarkusTest
class CoverageCacheTest {

    private static double cacheLookups(String cache, String result) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile(
                        "^drafting_coverage_cache_total\\{(?=[^}]*cache=\"" + cache + "\")(?=[^}]*result=\"" + result
                                + "\")[^}]*\\} ([0-9.E+-]+)$",
                        Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static Response coverage(String user, long pid, long revision) {
        return Api.asUser(user).queryParam("revision", revision).get("/api/processes/{pid}/coverage", pid);
    }

    private static long issuedRevisionWithOneLink(Setup s) {
        long recommendation = Drafting.importSummary(s).getLong("themes[0].recommendations[0].id");
        long clause = addClause(s, "OP", "We will support victims unconditionally.", null)
                .getLong("id");
        Drafting.link(s, clause, recommendation);
        return Drafting.issue(s, "Zero draft");
    }

    @Test
    void aRepeatedReportOfAnIssuedRevisionComesFromTheCache() {
        Setup s = Drafting.processWithCoFacilitator("Coverage cached");
        long zero = issuedRevisionWithOneLink(s);
        double missesBefore = cacheLookups("rendered", "miss");
        String first = coverage(s.coFacilitator(), s.processId(), zero)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        double hitsBefore = cacheLookups("rendered", "hit");
        assertThat(cacheLookups("rendered", "miss")).isEqualTo(missesBefore + 1);

        Response again = coverage(s.coFacilitator(), s.processId(), zero);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).isEqualTo(first);
        assertThat(cacheLookups("rendered", "hit")).isEqualTo(hitsBefore + 1);
        assertThat(cacheLookups("rendered", "miss")).isEqualTo(missesBefore + 1);

        // CSV is rendered (and cached) on its own, from the cached report.
        Api.asUser(s.coFacilitator())
                .accept("text/csv")
                .queryParam("revision", zero)
                .get("/api/processes/{pid}/coverage", s.processId())
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("coverage-Zero-draft.csv"));
        assertThat(cacheLookups("rendered", "miss")).isEqualTo(missesBefore + 2);
    }

    @Test
    void aCachedReportIsStillRefusedToOutsidersAndUnderAnotherProcess() {
        Setup s = Drafting.processWithCoFacilitator("Coverage cached private");
        long zero = issuedRevisionWithOneLink(s);
        coverage(s.coFacilitator(), s.processId(), zero).then().statusCode(200);

        String outsider = Api.newUser("user");
        coverage(outsider, s.processId(), zero).then().statusCode(403);

        Setup other = Drafting.processWithCoFacilitator("Coverage cached elsewhere");
        coverage(other.coFacilitator(), other.processId(), zero)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void metricsArePublishedForPrometheus() {
        Api.asAdmin().get("/api/me").then().statusCode(200);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("# TYPE http_server_requests_seconds", "jvm_memory_used_bytes", "agroal_active_count");
    }
}

package org.draftingdesk.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedImportTest {

    @Inject
    SeedImport seeds;

    private long processTitled(String prefix) {
        List<java.util.Map<String, Object>> processes = asAdmin()
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

    @Test
    void onStartEachAppraisalHasItsProcessWithItsHearingAndRelatedDocuments() {
        asAdmin()
                .get("/api/processes")
                .then()
                .body(
                        "title",
                        hasItems(
                                "2017 Political Declaration on the Global Plan of Action to Combat Trafficking in Persons",
                                "2021 Political Declaration on the Global Plan of Action to Combat Trafficking in Persons",
                                "2025 Political Declaration on the Global Plan of Action to Combat Trafficking in Persons"));
        asAdmin()
                .get("/api/processes/{pid}/sources", processTitled("2017"))
                .then()
                .body("kind", contains("hearing-summary", "news-report"))
                .body("themeCount", contains(5, 0));
        asAdmin()
                .get("/api/processes/{pid}/sources", processTitled("2021"))
                .then()
                .body("kind", contains("hearing-summary", "concept-note"))
                .body("themeCount", contains(5, 0));
        asAdmin()
                .get("/api/processes/{pid}/themes", processTitled("2025"))
                .then()
                .body("number", contains(1, 2, 3, 4, 5, 6, 7, 8));
    }

    @Test
    void importingTheSeedsAgainDuplicatesNothing() {
        String before = asAdmin().get("/api/processes").then().extract().asString();
        long pid = processTitled("2025");
        int themesBefore = asAdmin()
                .get("/api/processes/{pid}/themes", pid)
                .then()
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        seeds.importAll();
        assertThat(asAdmin().get("/api/processes").then().extract().asString()).isEqualTo(before);
        assertThat(asAdmin()
                        .get("/api/processes/{pid}/themes", pid)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .hasSize(themesBefore);
    }

    @Test
    void the2025ProcessHoldsTheAdoptedDeclarationAsItsDraftOnce() {
        long pid = processTitled("2025");
        asAdmin()
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .statusCode(200)
                .body("clauses.size()", org.hamcrest.Matchers.equalTo(31))
                .body("clauses[0].label", org.hamcrest.Matchers.equalTo("OP1"));
        seeds.importAll();
        asAdmin()
                .get("/api/processes/{pid}/draft", pid)
                .then()
                .body("clauses.size()", org.hamcrest.Matchers.equalTo(31));
    }

    @Test
    void theConceptNoteKeepsItsPanelsAndTheNewsReportItsSpeakers() {
        JsonPath sources2021 = asAdmin()
                .get("/api/processes/{pid}/sources", processTitled("2021"))
                .then()
                .extract()
                .jsonPath();
        long note = sources2021.getLong("find { it.kind == 'concept-note' }.id");
        asAdmin().get("/api/sources/{sid}/context", note).then().statusCode(200).body("panels.number", contains(1, 2));
        JsonPath sources2017 = asAdmin()
                .get("/api/processes/{pid}/sources", processTitled("2017"))
                .then()
                .extract()
                .jsonPath();
        long news = sources2017.getLong("find { it.kind == 'news-report' }.id");
        asAdmin()
                .get("/api/sources/{sid}/context", news)
                .then()
                .statusCode(200)
                .body("statements.speaker", hasItems("Mohamed Mattar", "Kerry Neal", "Australia"));
    }
}

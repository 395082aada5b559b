package org.draftingdesk.hearing;

import static org.draftingdesk.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceImportApiTest {

    static final String SMALL_SUMMARY = """
            # Summary of a hearing

            ## Key messages

            ### 1. Protect survivors

            Participants called for unconditional support for victims. Member States should fund shelters.

            ### 2. Use technology well

            Stakeholders urged Member States to regulate online platforms.

            ## Closing remarks

            The hearing was closed.
            """;

    @Test
    void importsAHearingSummaryIntoThemesAndRecommendations() {
        long pid = Api.newProcess("Import test");
        asAdmin().contentType("text/markdown").body(SMALL_SUMMARY)
                .queryParam("title", "Hearing").queryParam("date", "2025-06-30")
                .post("/api/processes/{pid}/sources", pid)
                .then().statusCode(201)
                .body("title", equalTo("Hearing"))
                .body("themes.number", contains(1, 2))
                .body("themes.title", contains("Protect survivors", "Use technology well"))
                .body("themes[0].recommendations.text", contains(
                        "Participants called for unconditional support for victims.",
                        "Member States should fund shelters."))
                .body("themes[0].recommendations[0].stakeholderGroup", equalTo("participants"))
                .body("themes[1].recommendations[0].stakeholderGroup", equalTo("participants"));

        asAdmin().get("/api/processes/{pid}/themes", pid)
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("recommendationCount", contains(2, 1));
    }

    @Test
    void theSameContentTwiceReturnsTheExistingSource() {
        long pid = Api.newProcess("Idempotent import");
        long first = asAdmin().contentType("text/plain").body(SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().contentType("text/plain").body(SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then().statusCode(200).body("id", equalTo((int) first));
        asAdmin().get("/api/processes/{pid}/sources", pid)
                .then().body("$", hasSize(1)).body("[0].themeCount", equalTo(2));
    }

    @Test
    void aDocumentWithoutThemesIsRefusedAndNothingIsStored() {
        long pid = Api.newProcess("No themes");
        asAdmin().contentType("text/plain").body("Just a letter.\n\nWith two paragraphs and no key messages.")
                .post("/api/processes/{pid}/sources", pid)
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(422))
                .body("title", equalTo("Unprocessable content"))
                .body("detail", startsWith("No key messages found"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }
}

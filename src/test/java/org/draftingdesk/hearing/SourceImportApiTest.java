package org.draftingdesk.hearing;

import static org.draftingdesk.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceImportApiTest {

    @Test
    void importsAHearingSummaryIntoThemesAndRecommendations() {
        long pid = Api.newProcess("Import test");
        asAdmin()
                .contentType("text/markdown")
                .body(Fixtures.SMALL_SUMMARY)
                .queryParam("title", "Hearing")
                .queryParam("date", "2025-06-30")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .body("title", equalTo("Hearing"))
                .body("themes.number", contains(1, 2))
                .body("themes.title", contains("Protect survivors", "Use technology well"))
                .body(
                        "themes[0].recommendations.text",
                        contains(
                                "Participants called for unconditional support for victims.",
                                "Member States should fund shelters."))
                .body("themes[0].recommendations[0].stakeholderGroup", equalTo("participants"))
                .body("themes[1].recommendations[0].stakeholderGroup", equalTo("participants"));

        asAdmin()
                .get("/api/processes/{pid}/themes", pid)
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("recommendationCount", contains(2, 1));
    }

    @Test
    void theSameContentTwiceReturnsTheExistingSource() {
        long pid = Api.newProcess("Idempotent import");
        long first = asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) first));
        asAdmin()
                .get("/api/processes/{pid}/sources", pid)
                .then()
                .body("$", hasSize(1))
                .body("[0].themeCount", equalTo(2));
    }

    @Test
    void aDocumentWithoutThemesIsRefusedAndNothingIsStored() {
        long pid = Api.newProcess("No themes");
        asAdmin()
                .contentType("text/plain")
                .body("Just a letter.\n\nWith two paragraphs and no key messages.")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(422))
                .body("title", equalTo("Unprocessable content"))
                .body("detail", startsWith("No key messages found"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void anEmptyBodyIsRefused() {
        long pid = Api.newProcess("Empty");
        asAdmin()
                .contentType("text/plain")
                .body("")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The document is empty"));
        asAdmin()
                .contentType("text/plain")
                .body("  \n\n ")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(400);
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void binaryDataIsRefused() {
        long pid = Api.newProcess("Binary");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        asAdmin()
                .contentType("text/plain")
                .body(png)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(415))
                .body("detail", org.hamcrest.Matchers.containsString("binary"));
        byte[] nul = "1. Theme\u0000 with a NUL".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        asAdmin()
                .contentType("text/plain")
                .body(nul)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(415);
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void aDocumentOverTwoMegabytesIsRefused() {
        long pid = Api.newProcess("Too large");
        String big = Fixtures.SMALL_SUMMARY + "Participants said more. ".repeat(2 * 1024 * 1024 / 24 + 10);
        asAdmin()
                .contentType("text/plain")
                .body(big)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("at most 2097152"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void malformedQueryParametersAreRefused() {
        long pid = Api.newProcess("Bad params");
        asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .queryParam("date", "30/06/2025")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("date must be a date written YYYY-MM-DD, not '30/06/2025'"));
        asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .queryParam("kind", "poem")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(400)
                .body("detail", startsWith("kind must be"));
        asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", "not-a-number")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void importingIntoAMissingProcessIs404() {
        asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", 987654321)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Process 987654321 does not exist"));
    }

    @Test
    void aContentTypeOtherThanPdfWordOrTextIsRefused() {
        long pid = Api.newProcess("Wrong type");
        asAdmin()
                .contentType("image/png")
                .body(new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void themeTextIsTheSentenceWithOffsetsIntoTheStoredText() {
        long pid = Api.newProcess("Offsets");
        var source = asAdmin()
                .contentType("text/plain")
                .body(Fixtures.SMALL_SUMMARY)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String text = asAdmin()
                .get("/api/sources/{sid}/text", source.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int start = source.getInt("themes[1].recommendations[0].startOffset");
        int end = source.getInt("themes[1].recommendations[0].endOffset");
        org.assertj.core.api.Assertions.assertThat(text.substring(start, end))
                .isEqualTo("Stakeholders urged Member States to regulate online platforms.");
    }
}

package org.draftingdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompilationExportApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    record Round(
            Setup s,
            long revision,
            String observer,
            long merged1,
            long merged2,
            long declined,
            long open,
            long comment,
            String fundShelters,
            String mergedText) {}

    private static long amend(Setup s, String user, long rev, long clause, String find, String replacement) {
        return Api.asUser(user)
                .contentType("application/json")
                .body(Map.of(
                        "kind",
                        "amendment",
                        "text",
                        "Explained in the room",
                        "amendment",
                        Map.of("op", "replace", "find", find, "replacement", replacement)))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), rev, clause)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void stance(String user, long comment, String stance) {
        Api.asUser(user)
                .contentType("application/json")
                .body(Map.of("stance", stance))
                .post("/api/comments/{id}/positions", comment)
                .then()
                .statusCode(201);
    }

    /** Two paragraphs linked to the hearing, three delegations, every kind of decision. */
    private static Round round(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        JsonPath source = Drafting.importSummary(s);
        long op1 = addClause(s, "OP", "We commit to fund shelters for survivors of trafficking.", null)
                .getLong("id");
        long op2 =
                addClause(s, "OP", "We will regulate online platforms.", null).getLong("id");
        String fundShelters = source.getString("themes[0].recommendations[-1].text");
        Drafting.link(s, op1, source.getLong("themes[0].recommendations[-1].id"));
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("clauseId", op2, "themeId", source.getLong("themes[1].id")))
                .post("/api/processes/{pid}/links", s.processId())
                .then()
                .statusCode(201);
        long zero = Drafting.issue(s, "Zero draft");
        String cyprus = Drafting.delegate(s, "Cyprus");
        String tajikistan = Drafting.delegate(s, "Tajikistan");
        String brazil = Drafting.delegate(s, "Brazil");
        String observer = Api.newUser("user");
        Drafting.addMember(s.processId(), observer, "observer");

        long merged1 = amend(s, cyprus, zero, op1, "fund", "finance");
        long merged2 = amend(s, tajikistan, zero, op1, "survivors", "all survivors");
        long declined = amend(s, brazil, zero, op2, "regulate", "consider regulating");
        long open = amend(s, cyprus, zero, op2, "online platforms", "online platforms and payment services");
        long comment = Api.asUser(tajikistan)
                .contentType("application/json")
                .body(Map.of("kind", "comment", "text", "We can live with this paragraph."))
                .post("/api/processes/{pid}/revisions/{rev}/clauses/{cid}/comments", s.processId(), zero, op2)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        stance(brazil, merged1, "support");
        stance(tajikistan, merged1, "oppose");
        stance(cyprus, declined, "oppose");
        stance(tajikistan, open, "support");
        stance(brazil, open, "support");
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("decision", "declined", "reason", "No consensus in the room"))
                .post("/api/comments/{id}/decision", declined)
                .then()
                .statusCode(200);
        String mergedText = "We commit to finance shelters for all survivors of trafficking.";
        Api.asUser(s.coFacilitator())
                .contentType("application/json")
                .body(Map.of("commentIds", List.of(merged1, merged2), "text", mergedText, "reason", "One wording"))
                .post("/api/processes/{pid}/amendments/merge", s.processId())
                .then()
                .statusCode(200);
        return new Round(s, zero, observer, merged1, merged2, declined, open, comment, fundShelters, mergedText);
    }

    private static Response export(Round r, String user, String format) {
        var request = Api.asUser(user);
        if (format != null) {
            request = request.queryParam("format", format);
        }
        return request.get("/api/processes/{pid}/revisions/{rev}/compilation/export", r.s().processId(), r.revision());
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> paragraphs, String startsWith) {
        return paragraphs.stream()
                .filter(p -> p.getText().startsWith(startsWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + startsWith + " in "
                        + paragraphs.stream().map(XWPFParagraph::getText).toList()));
    }

    @Test
    void theCompilationAsAWordDocumentWithDelegationsPositionsDecisionsAndLinkedRecommendations() throws Exception {
        Round r = round("Compilation docx");
        Response answer = export(r, r.observer(), "docx");
        answer.then()
                .statusCode(200)
                .contentType(DOCX)
                .header("Content-Disposition", containsString("Zero-draft-compilation.docx"));
        byte[] bytes = answer.asByteArray();
        Path file = Path.of("target", "compilation-export.docx");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();

            // Every paragraph carries one of the document's own named styles.
            assertThat(ps).allSatisfy(p -> assertThat(p.getStyle()).startsWith("Compilation"));
            XWPFStyle proposal = doc.getStyles().getStyle(CompilationDocx.PROPOSAL);
            assertThat(proposal).isNotNull();
            assertThat(proposal.getName()).isEqualTo("Proposal");
            assertThat(doc.getStyles().getStyle(CompilationDocx.CLAUSE_TEXT).getName())
                    .isEqualTo("Clause Text");
            assertThat(doc.getStyles().getStyle(CompilationDocx.DECISION).getName())
                    .isEqualTo("Decision");

            assertThat(texts.get(0)).isEqualTo("Compilation of comments and amendments");
            assertThat(texts.get(1)).endsWith("— Zero draft");
            assertThat(ps.get(0).getStyle()).isEqualTo(CompilationDocx.TITLE);

            // OP1: its text as issued, the recommendation it answers, both merged amendments.
            int op1 = texts.indexOf("OP1");
            assertThat(ps.get(op1).getStyle()).isEqualTo(CompilationDocx.CLAUSE_LABEL);
            assertThat(texts.get(op1 + 1)).isEqualTo("We commit to fund shelters for survivors of trafficking.");
            assertThat(ps.get(op1 + 1).getStyle()).isEqualTo(CompilationDocx.CLAUSE_TEXT);
            assertThat(texts.get(op1 + 2)).isEqualTo("Answers Theme 1 (Protect survivors): " + r.fundShelters());
            assertThat(ps.get(op1 + 2).getStyle()).isEqualTo(CompilationDocx.RECOMMENDATION);

            XWPFParagraph fromCyprus = paragraph(ps, "Amendment #" + r.merged1() + " — Cyprus: ");
            assertThat(fromCyprus.getStyle()).isEqualTo(CompilationDocx.PROPOSAL);
            assertThat(fromCyprus.getText()).contains("We commit to", "shelters for survivors of trafficking.");
            XWPFRun added = fromCyprus.getRuns().stream()
                    .filter(run -> run.text().contains("finance"))
                    .findFirst()
                    .orElseThrow();
            assertThat(added.isBold()).isTrue();
            assertThat(added.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            XWPFRun removed = fromCyprus.getRuns().stream()
                    .filter(run -> run.text().strip().equals("fund"))
                    .filter(XWPFRun::isStrikeThrough)
                    .findFirst()
                    .orElse(null);
            assertThat(removed).as("the replaced word struck through").isNotNull();
            int at = texts.indexOf(fromCyprus.getText());
            assertThat(texts.get(at + 1)).isEqualTo("Explained in the room");
            assertThat(texts.get(at + 2)).isEqualTo("Supported by: Brazil. Opposed by: Tajikistan.");
            assertThat(ps.get(at + 2).getStyle()).isEqualTo(CompilationDocx.POSITIONS);
            assertThat(texts.get(at + 3))
                    .startsWith("Decision: merged (" + r.s().coFacilitator() + "): merged amendments #" + r.merged1()
                            + ", #" + r.merged2() + " (Cyprus, Tajikistan): One wording")
                    .endsWith("Merged wording of OP1 (version 2): “" + r.mergedText() + "”");
            assertThat(ps.get(at + 3).getStyle()).isEqualTo(CompilationDocx.DECISION);
            assertThat(paragraph(ps, "Amendment #" + r.merged2() + " — Tajikistan: ")
                            .getText())
                    .contains("all survivors");

            // OP2: a theme-level link, a declined, an open amendment and a plain comment.
            int op2 = texts.indexOf("OP2");
            assertThat(op2).isGreaterThan(op1);
            assertThat(texts.get(op2 + 2)).isEqualTo("Answers Theme 2 (Use technology well): the theme as a whole");
            int declined = texts.indexOf(
                    paragraph(ps, "Amendment #" + r.declined() + " — Brazil: ").getText());
            assertThat(texts.get(declined + 2)).isEqualTo("Supported by: —. Opposed by: Cyprus.");
            assertThat(texts.get(declined + 3))
                    .isEqualTo("Decision: declined (" + r.s().coFacilitator() + "): No consensus in the room");
            int open = texts.indexOf(
                    paragraph(ps, "Amendment #" + r.open() + " — Cyprus: ").getText());
            assertThat(texts.get(open + 2)).isEqualTo("Supported by: Tajikistan, Brazil. Opposed by: —.");
            assertThat(texts.get(open + 3)).isEqualTo("Decision: open");
            int comment = texts.indexOf("Comment #" + r.comment() + " — Tajikistan");
            assertThat(comment).isPositive();
            assertThat(texts.get(comment + 1)).isEqualTo("We can live with this paragraph.");
        }
    }

    @Test
    void onlyWhoReadsTheCompilationExportsItAndOnlyAsDocx() {
        Round r = round("Compilation docx refused");
        export(r, r.s().coFacilitator(), "pdf")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("format=docx"));
        export(r, r.s().coFacilitator(), null)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
        export(r, Api.newUser("secretariat"), "docx").then().statusCode(200).contentType(DOCX);
        export(r, Api.newUser("user"), "docx").then().statusCode(403);
        io.restassured.RestAssured.given()
                .queryParam("format", "docx")
                .get("/api/processes/{pid}/revisions/{rev}/compilation/export", r.s().processId(), r.revision())
                .then()
                .statusCode(401);
        Api.asUser(r.s().coFacilitator())
                .queryParam("format", "docx")
                .get("/api/processes/{pid}/revisions/{rev}/compilation/export", r.s().processId(), 987_654_321L)
                .then()
                .statusCode(404);
    }
}

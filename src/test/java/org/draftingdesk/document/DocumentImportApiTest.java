package org.draftingdesk.document;

import static org.draftingdesk.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Fixtures;
import org.draftingdesk.support.TestDocuments;
import org.junit.jupiter.api.Test;

/** Real documents in through the API: PDF, Word and PDF text, previewed without storing, or imported. */
@QuarkusTest
class DocumentImportApiTest {

    private static final String SUMMARY_2021 = "000_eedd73a3c21843df.txt";

    @Test
    void aDryRunOfAPdfSummaryShowsThemesAndDroppedLinesAndStoresNothing() {
        long pid = Api.newProcess("Dry run of a PDF");
        byte[] pdf = TestDocuments.pdfWithRunningHeader(Fixtures.seed(SUMMARY_2021), "Summary of the hearing");

        asAdmin()
                .contentType("application/pdf")
                .body(pdf)
                .queryParam("dryRun", true)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(200)
                .body("id", nullValue())
                .body("themes", hasSize(5))
                .body("themes.id", everyItem(nullValue()))
                .body("themes[2].title", equalTo("Build and invest in an evidence base"))
                .body("themes[0].recommendations.id", everyItem(nullValue()))
                .body("dropped.text", hasItem("Summary of the hearing"))
                .body("dropped.text", hasItem("2/6"))
                .body("dropped.reason", hasItem(Dropped.FURNITURE));

        asAdmin()
                .get("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aPdfSummaryImportsAsItsThemes() {
        long pid = Api.newProcess("PDF import");
        byte[] pdf = TestDocuments.pdfPlain(Fixtures.seed(SUMMARY_2021));

        asAdmin()
                .contentType("application/pdf")
                .body(pdf)
                .queryParam("title", "2021 hearing (PDF)")
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .body("themes", hasSize(5))
                .body("themes[4].title", equalTo("Enhance coordination, cooperation, and partnership"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(1));
    }

    @Test
    void textWithFormFeedsIsAPagedDocumentNotBinary() {
        long pid = Api.newProcess("pdftotext import");
        String text =
                TestDocuments.pdfToText(TestDocuments.pdfWithRunningHeader(Fixtures.seed(SUMMARY_2021), "Hearing"));

        asAdmin()
                .contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .body("themes", hasSize(5));
    }

    @Test
    void aWordSummaryImportsWithItsAutomaticNumbering() {
        long pid = Api.newProcess("Word import");
        byte[] docx = TestDocuments.docxStyled(Fixtures.seed(SUMMARY_2021));

        asAdmin()
                .contentType(DocumentFormat.DOCX_TYPE)
                .body(docx)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(201)
                .body("themes.number", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("themes[0].title", startsWith("Further enshrine a victim-centered"));
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedAndSaysWhy() throws Exception {
        long pid = Api.newProcess("Scan");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        writer.getDirectContent().rectangle(100, 100, 300, 500);
        writer.getDirectContent().fill();
        doc.newPage();
        writer.setPageEmpty(false);
        doc.close();

        asAdmin()
                .contentType("application/pdf")
                .body(out.toByteArray())
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("no text layer"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAndSaysWhy() throws IOException {
        long pid = Api.newProcess("Locked PDF");
        byte[] locked;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(TestDocuments.pdfPlain(Fixtures.SMALL_SUMMARY));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                    "owner", "secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
            locked = out.toByteArray();
        }

        asAdmin()
                .contentType("application/pdf")
                .body(locked)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("password"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
    }

    @Test
    void aDamagedPdfAndAZipThatIsNotWordAreRefusedWithProblems() throws IOException {
        long pid = Api.newProcess("Damaged files");
        asAdmin()
                .contentType("application/pdf")
                .body("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII))
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("not a readable PDF"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("just a zip".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        asAdmin()
                .contentType(DocumentFormat.DOCX_TYPE)
                .body(zip.toByteArray())
                .post("/api/processes/{pid}/draft/import", pid)
                .then()
                .statusCode(415)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("not a Word"));
        asAdmin().get("/api/processes/{pid}/sources", pid).then().body("$", hasSize(0));
        asAdmin().get("/api/processes/{pid}/draft", pid).then().body("clauses", hasSize(0));
    }

    @Test
    void anAdoptedDeclarationsPdfTextImportsAsItsParagraphsWithNotes() {
        var s = Drafting.processWithCoFacilitator("Previous declaration");
        JsonPath imported = Api.asUser(s.coFacilitator())
                .contentType("text/plain; charset=UTF-8")
                .body(Fixtures.seed("A-RES-76-7.pdf.txt").getBytes(StandardCharsets.UTF_8))
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201)
                .body("clauses", hasSize(29))
                .body("clauses[0].label", equalTo("OP1"))
                .body("clauses[28].label", equalTo("OP29"))
                .body("clauses[0].notes[0]", equalTo("Resolution 64/293."))
                .body("dropped.reason", hasItem(Dropped.WRAPPER))
                .extract()
                .jsonPath();
        List<String> texts = imported.getList("clauses.text");
        org.assertj.core.api.Assertions.assertThat(texts)
                .noneMatch(t -> t.contains("21-17189") || t.contains("A/RES/76/7"));

        org.assertj.core.api.Assertions.assertThat(Drafting.draft(s).getList("clauses.label"))
                .isEqualTo(imported.getList("clauses.label"));
    }

    @Test
    void aDraftDryRunShowsParagraphsAndStoresNothing() {
        var s = Drafting.processWithCoFacilitator("Draft dry run");
        Api.asUser(s.coFacilitator())
                .contentType("text/plain; charset=UTF-8")
                .queryParam("dryRun", "true")
                .body(Fixtures.seed("A-RES-72-1.pdf.txt").getBytes(StandardCharsets.UTF_8))
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(200)
                .body("clauses", hasSize(26))
                .body("clauses.id", everyItem(nullValue()))
                .body("dropped.text", hasItem("2/6"))
                .body("dropped.text", hasItem("1  Resolution 64/293."));
        Api.asUser(s.coFacilitator())
                .get("/api/processes/{pid}/draft", s.processId())
                .then()
                .body("clauses", hasSize(0));
    }

    @Test
    void aWordDraftKeepsItsNumberingAndFootnotes() throws IOException {
        var s = Drafting.processWithCoFacilitator("Word draft");
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Annex");
            doc.createParagraph().createRun().setText("Political declaration on a subject");
            XWPFParagraph p1 = doc.createParagraph();
            p1.createRun().setText("1. We reaffirm the Plan of Action");
            doc.createFootnotes();
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("Resolution 64/293.");
            p1.addFootnoteReference(note);
            p1.createRun().setText(" and our commitments.");
            doc.createParagraph().createRun().setText("2. We commit to act.");
            doc.write(out);
            docx = out.toByteArray();
        }
        Api.asUser(s.coFacilitator())
                .contentType(DocumentFormat.DOCX_TYPE)
                .body(docx)
                .post("/api/processes/{pid}/draft/import", s.processId())
                .then()
                .statusCode(201)
                .body("clauses.label", equalTo(List.of("OP1", "OP2")))
                .body("clauses[0].text", equalTo("We reaffirm the Plan of Action and our commitments."))
                .body("clauses[0].notes", equalTo(List.of("Resolution 64/293.")))
                .body("clauses[1].notes", hasSize(0));
    }

    @Test
    void aSummaryWithMoreThanNinetyNineThemesKeepsThemAll() {
        long pid = Api.newProcess("120 themes");
        StringBuilder text = new StringBuilder("# Summary\n\nKey messages\n\n");
        for (int i = 1; i <= 120; i++) {
            text.append(i)
                    .append(". Theme number ")
                    .append(i)
                    .append("\n\nParticipants called for action on matter ")
                    .append(i)
                    .append(".\n\n");
        }
        asAdmin()
                .contentType("text/markdown; charset=UTF-8")
                .body(text.toString().getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", true)
                .post("/api/processes/{pid}/sources", pid)
                .then()
                .statusCode(200)
                .body("themes", hasSize(120))
                .body("themes[119].title", equalTo("Theme number 120"))
                .body("themes[119].recommendations[0].text", not(containsString("121")));
    }

    @Test
    void theShippedDeclarationsAreTheAdoptedTextsOfTheirProcesses() {
        JsonPath processes =
                asAdmin().get("/api/processes").then().statusCode(200).extract().jsonPath();
        for (String[] expected :
                List.of(new String[] {"2017", "A/RES/72/1", "26"}, new String[] {"2021", "A/RES/76/7", "29"})) {
            long pid = processes
                    .getList("findAll { it.title.startsWith('" + expected[0] + "') }.id", Number.class)
                    .get(0)
                    .longValue();
            asAdmin()
                    .get("/api/processes/{pid}/revisions", pid)
                    .then()
                    .statusCode(200)
                    .body("label", hasItem(expected[1]));
            long rev = asAdmin()
                    .get("/api/processes/{pid}/revisions", pid)
                    .jsonPath()
                    .getList("findAll { it.label == '" + expected[1] + "' }.id", Number.class)
                    .get(0)
                    .longValue();
            int count = Integer.parseInt(expected[2]);
            asAdmin()
                    .get("/api/processes/{pid}/revisions/{rev}", pid, rev)
                    .then()
                    .body("clauses", hasSize(count));
            asAdmin()
                    .get("/api/processes/{pid}/draft", pid)
                    .then()
                    .body("clauses", hasSize(count))
                    .body("clauses[" + (count - 1) + "].label", equalTo("OP" + count));
        }
    }
}

package org.draftingdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {

    /** The OASIS schema (CC-BY 4.0, see src/test/resources/akn/NOTICE.md), used offline. */
    static final java.net.URL AKN_SCHEMA = ExportApiTest.class.getClassLoader().getResource("akn/akomantoso30.xsd");

    record Draft(Setup setup, long revision) {}

    private static Draft issuedDraft(String title) {
        Setup s = Drafting.processWithCoFacilitator(title);
        addClause(s, "PP", "Recalling the Global Plan of Action to Combat Trafficking in Persons,", null);
        addClause(s, "OP", "We commit to end trafficking in persons, wherever it occurs.", null);
        addClause(s, "OP", "We decide to review progress at the next appraisal.", null);
        return new Draft(s, Drafting.issue(s, "Zero draft"));
    }

    private static Response export(Draft d, String format) {
        return Api.asUser(d.setup().coFacilitator())
                .queryParam("format", format)
                .get("/api/processes/{pid}/revisions/{rev}/export", d.setup().processId(), d.revision());
    }

    @Test
    void aRevisionAsAWordDocument() throws Exception {
        Draft d = issuedDraft("Export docx");
        Response r = export(d, "docx");
        r.then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("Zero-draft.docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.asByteArray()))) {
            List<String> texts =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts)
                    .contains(
                            "Recalling the Global Plan of Action to Combat Trafficking in Persons,",
                            "1.\tWe commit to end trafficking in persons, wherever it occurs.",
                            "2.\tWe decide to review progress at the next appraisal.");
            XWPFParagraph pp = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Recalling"))
                    .findFirst()
                    .orElseThrow();
            assertThat(pp.getRuns().get(0).isItalic()).isTrue();
            assertThat(pp.getRuns().get(0).text()).isEqualTo("Recalling");
        }
    }

    @Test
    void aRevisionAsAPdf() throws Exception {
        Draft d = issuedDraft("Export pdf");
        Response r = export(d, "pdf");
        r.then().statusCode(200).contentType("application/pdf");
        PdfReader reader = new PdfReader(r.asByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text.replaceAll("\\s+", " "))
                .contains("We commit to end trafficking in persons")
                .contains("Zero draft");
    }

    @Test
    void aRevisionInAkomaNtosoValidatesAgainstTheOasisSchema() throws Exception {
        assertThat(AKN_SCHEMA).as("the Akoma Ntoso schema is a test resource").isNotNull();
        Draft d = issuedDraft("Export akn");
        Response r = export(d, "akn");
        r.then().statusCode(200).contentType("application/akn+xml");
        byte[] xml = r.asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(AKN_SCHEMA)
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(dom.getElementsByTagNameNS(AknWriter.NS, "paragraph").getLength())
                .isEqualTo(2);
        assertThat(dom.getElementsByTagNameNS(AknWriter.NS, "preamble").getLength())
                .isEqualTo(1);
        assertThat(dom.getElementsByTagNameNS(AknWriter.NS, "docStage").item(0).getTextContent())
                .isEqualTo("Zero draft");
    }

    @Test
    void theWorkingDraftExportsTooAndBadFormatsAreRefused() {
        Draft d = issuedDraft("Export working");
        Api.asUser(d.setup().coFacilitator())
                .queryParam("format", "pdf")
                .get("/api/processes/{pid}/revisions/working/export", d.setup().processId())
                .then()
                .statusCode(200);
        export(d, "odt")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.equalTo("format must be docx, pdf or akn"));
        String outsider = Api.newUser("user");
        Api.asUser(outsider)
                .queryParam("format", "pdf")
                .get("/api/processes/{pid}/revisions/{rev}/export", d.setup().processId(), d.revision())
                .then()
                .statusCode(403);
    }

    @Test
    void theAdopted2025DeclarationValidatesInAkomaNtoso() throws Exception {
        long pid =
                Api.asAdmin()
                        .get("/api/processes")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$", java.util.Map.class)
                        .stream()
                        .filter(p -> ((String) p.get("title")).startsWith("2025"))
                        .map(p -> ((Number) p.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        byte[] xml = Api.asAdmin()
                .queryParam("format", "akn")
                .get("/api/processes/{pid}/revisions/working/export", pid)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(AKN_SCHEMA)
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("<num>31.</num>");
        Files.write(Path.of("target", "A-RES-80-9.akn.xml"), xml);
    }
}

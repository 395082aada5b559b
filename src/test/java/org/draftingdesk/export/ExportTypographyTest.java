package org.draftingdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftingdesk.support.Drafting.addClause;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.draftingdesk.support.Api;
import org.draftingdesk.support.Drafting;
import org.draftingdesk.support.Drafting.Setup;
import org.junit.jupiter.api.Test;

/** Exports look like the documents delegations circulate: one serif face in the PDF, named styles in Word. */
@QuarkusTest
class ExportTypographyTest {

    static final String QUOTED = "Recalling the “Palermo Protocol” and the ‘survivor‑centred’ approach of "
            + "States’ anti‑trafficking work in Côte d’Ivoire, São Tomé and Zürich, within 30\u00a0days,";

    private static byte[] export(Setup s, long revision, String format) {
        return Api.asUser(s.coFacilitator())
                .queryParam("format", format)
                .get("/api/processes/{pid}/revisions/{rev}/export", s.processId(), revision)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    @Test
    void pdfSetsEveryCharacterInOneEmbeddedSerifFamilyAndKeepsTheNonBreakingHyphen() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Typography pdf");
        addClause(s, "PP", QUOTED, null);
        addClause(
                s,
                "OP",
                "We recall the commitments made in the Global Plan of Action and resolve to strengthen "
                        + "anti‑trafficking cooperation between States, regional organizations and civil society, "
                        + "with the full participation of survivors.",
                null);
        long rev = Drafting.issue(s, "Zero draft");
        byte[] pdf = export(s, rev, "pdf");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "typography.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    PDType0Font type0 = (PDType0Font) font;
                    assertThat(type0.getCOSObject().getNameAsString(COSName.ENCODING))
                            .isEqualTo("Identity-H");
                    assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2())
                            .as("%s is embedded", font.getName())
                            .isNotNull();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
                }
            }
            assertThat(fonts)
                    .as("only Liberation Serif: regular, bold (title) and italic (preambular opening)")
                    .allMatch(f -> f.matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic)?"))
                    .anyMatch(f -> f.endsWith("+LiberationSerif"))
                    .anyMatch(f -> f.endsWith("-Bold"))
                    .anyMatch(f -> f.endsWith("-Italic"));
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(doc).replaceAll("\\s+", " ").replace('\u2011', '‐');
            assertThat(text)
                    .contains("“Palermo Protocol”")
                    .contains("‘survivor‐centred’")
                    .contains("States’ anti‐trafficking")
                    .contains("Côte d’Ivoire, São Tomé and Zürich")
                    .contains("30\u00a0days")
                    .contains("anti‐trafficking cooperation");
        }
    }

    @Test
    void wordExportCarriesNamedStylesInItsStylesPart() throws Exception {
        Setup s = Drafting.processWithCoFacilitator("Typography docx");
        addClause(s, "PP", "Recalling the Global Plan of Action,", null);
        addClause(
                s,
                "OP",
                "We decide to: (a) strengthen cooperation between States; (b) support survivors; "
                        + "(c) review progress in 2030.",
                null);
        long rev = Drafting.issue(s, "Rev.1");
        byte[] docx = export(s, rev, "docx");
        Files.write(Path.of("target", "typography.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml")))
                    .hasSize(1);
            for (String id :
                    List.of(DocxStyles.TITLE, DocxStyles.PREAMBULAR, DocxStyles.OPERATIVE, DocxStyles.SUB_PARAGRAPH)) {
                assertThat(doc.getStyles().styleExist(id)).as(id).isTrue();
            }
            assertThat(doc.getStyles().getStyle(DocxStyles.PREAMBULAR).getName())
                    .isEqualTo("Preambular paragraph");
            assertThat(doc.getStyles().getStyle(DocxStyles.SUB_PARAGRAPH).getName())
                    .isEqualTo("Sub-paragraph");
            List<XWPFParagraph> paras = doc.getParagraphs();
            assertThat(styleOf(paras, "Typography docx")).isEqualTo("Title");
            assertThat(styleOf(paras, "Recalling the Global Plan")).isEqualTo("PreambularParagraph");
            assertThat(styleOf(paras, "1.\tWe decide to:")).isEqualTo("OperativeParagraph");
            assertThat(styleOf(paras, "(a)\tstrengthen cooperation between States;"))
                    .isEqualTo("SubParagraph");
            assertThat(styleOf(paras, "(c)\treview progress in 2030.")).isEqualTo("SubParagraph");
            assertThat(paras.stream().filter(p -> p.getStyle() == null)).isEmpty();
        }
    }

    private static String styleOf(List<XWPFParagraph> paras, String start) {
        return paras.stream()
                .filter(p -> p.getText().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start))
                .getStyle();
    }
}

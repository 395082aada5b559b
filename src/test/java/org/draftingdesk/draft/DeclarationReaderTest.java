package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftingdesk.document.DocumentReader;
import org.draftingdesk.document.Dropped;
import org.draftingdesk.support.Fixtures;
import org.draftingdesk.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An adopted resolution's PDF text gives its annex's numbered paragraphs exactly as printed: none
 * lost or merged, no page headers, symbols, job numbers or footnotes in the text, the footnotes
 * kept as notes of their paragraph, and the cover resolution and title not read as paragraphs.
 */
class DeclarationReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"A-RES-72-1, 26, 7", "A-RES-76-7, 29, 12"})
    void anAdoptedDeclarationsPdfTextGivesItsParagraphsAsPrinted(String symbol, int paragraphs, int notes) {
        var declaration = read(Fixtures.seed(symbol + ".pdf.txt"));
        List<String> expected = expected(symbol);

        assertThat(declaration.paragraphs()).hasSize(paragraphs);
        assertThat(declaration.paragraphs())
                .extracting(p -> p.label() + ": " + p.text())
                .containsExactlyElementsOf(expected);
        assertThat(declaration.paragraphs())
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo("OP"));
        assertThat(declaration.paragraphs().stream()
                        .mapToInt(p -> p.notes().size())
                        .sum())
                .isEqualTo(notes);
        String all = String.join(
                " ",
                declaration.paragraphs().stream()
                        .map(DeclarationReader.Paragraph::text)
                        .toList());
        assertThat(all).doesNotContainPattern("\\d+/\\d+ |\\d{2}-\\d{5}|\\*\\d{6,}\\*|A/RES/7\\d/\\d|____");
        assertThat(declaration.intro()).isNull();
        assertThat(declaration.dropped())
                .extracting(Dropped::reason)
                .contains(Dropped.FURNITURE, Dropped.FOOTNOTE, Dropped.WRAPPER);
    }

    @Test
    void footnotesAreNotesOfTheParagraphThatRefersToThem() {
        var declaration = read(Fixtures.seed("A-RES-76-7.pdf.txt"));

        var op1 = declaration.paragraphs().get(0);
        assertThat(op1.text()).contains("Trafficking in Persons and our commitments");
        assertThat(op1.notes()).containsExactly("Resolution 64/293.");
        var op7 = declaration.paragraphs().get(6);
        assertThat(op7.notes()).hasSize(3).last().isEqualTo("CEDAW/C/GC/38.");
    }

    @Test
    void sectionHeadingsStayBetweenParagraphsAndTheOpeningFormulaIsTheIntroduction() {
        String text = """
                Annex

                Political declaration of the high-level meeting on a subject

                We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations:

                1. Reaffirm our commitment to the subject, and to everything it entails.

                2. Recognize that more remains to be done.

                Commitments

                3. Commit to act, in particular:

                (a) By doing one thing;

                (b) By doing another;

                Follow-up

                4. Decide to meet again.
                """;
        var declaration = read(text);

        assertThat(declaration.intro()).startsWith("We, Heads of State and Government");
        assertThat(declaration.paragraphs())
                .extracting(DeclarationReader.Paragraph::label)
                .containsExactly("OP1", "OP2", "OP3", "OP4");
        assertThat(declaration.paragraphs())
                .extracting(DeclarationReader.Paragraph::heading)
                .containsExactly(null, null, "Commitments", "Follow-up");
        assertThat(declaration.paragraphs().get(2).text())
                .isEqualTo("Commit to act, in particular: (a) By doing one thing; (b) By doing another;");
    }

    @Test
    void unnumberedPreambularParagraphsBeforeTheFirstNumberedOneArePreambular() {
        String text = """
                Draft political declaration

                Recalling the earlier declarations on the subject,

                Noting with concern the persistence of the problem,

                1. Decide to act.

                2. Request a report.
                """;
        var declaration = read(text);

        assertThat(declaration.paragraphs())
                .extracting(DeclarationReader.Paragraph::label)
                .containsExactly("PP1", "PP2", "OP1", "OP2");
        assertThat(declaration.dropped()).extracting(Dropped::text).contains("Draft political declaration");
    }

    @Test
    void aDeclarationAsPdfGivesTheSameParagraphsAsItsText() {
        List<String> expected = expected("A-RES-76-7");
        StringBuilder tidy = new StringBuilder("# Annex\n\n# 2021 Political Declaration\n\n");
        for (String line : expected) {
            tidy.append(line.replaceFirst("^OP(\\d+): ", "$1. ")).append("\n\n");
        }
        byte[] pdf = TestDocuments.pdfWithRunningHeader(tidy.toString(), "A/RES/76/7");
        var declaration = DeclarationReader.read(DocumentReader.read(pdf, "application/pdf"));

        assertThat(declaration.paragraphs())
                .extracting(p -> p.label() + ": " + p.text())
                .containsExactlyElementsOf(expected);
    }

    private static DeclarationReader.Declaration read(String text) {
        return DeclarationReader.read(DocumentReader.read(text.getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    static List<String> expected(String symbol) {
        try (InputStream in =
                DeclarationReaderTest.class.getResourceAsStream("/declarations/" + symbol + ".expected.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

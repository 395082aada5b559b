package org.draftingdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.draftingdesk.hearing.HearingSummaryParser;
import org.draftingdesk.hearing.ParsedDocument;
import org.draftingdesk.hearing.ParsedDocument.ParsedTheme;
import org.draftingdesk.support.Fixtures;
import org.draftingdesk.support.TestDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hearing summary, rendered as the documents co-facilitators receive (two PDF layouts, two
 * Word styles, the text a PDF-to-text tool gives), imports to the same themes, with exact titles,
 * and at least 95% of the same recommendation texts as its clean text.
 */
class HearingRenderingsTest {

    record Rendering(String name, Function<String, byte[]> make, String contentType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Rendering> RENDERINGS = List.of(
            new Rendering(
                    "PDF with running header and n/N page numbers",
                    t -> TestDocuments.pdfWithRunningHeader(t, "Summary of the multi-stakeholder hearing"),
                    "application/pdf"),
            new Rendering("PDF, other layout", TestDocuments::pdfPlain, "application/pdf"),
            new Rendering(
                    "Word with heading styles and numbering", TestDocuments::docxStyled, DocumentFormat.DOCX_TYPE),
            new Rendering("Word without styles", TestDocuments::docxPlain, DocumentFormat.DOCX_TYPE),
            new Rendering(
                    "pdftotext-style text of the PDF",
                    t -> TestDocuments.pdfToText(TestDocuments.pdfWithRunningHeader(t, "Hearing summary"))
                            .getBytes(StandardCharsets.UTF_8),
                    "text/plain"),
            new Rendering(
                    "pdftotext-style text of the other layout",
                    t -> TestDocuments.pdfToText(TestDocuments.pdfPlain(t)).getBytes(StandardCharsets.UTF_8),
                    "text/plain"),
            new Rendering(
                    "markup stripped, no blank lines",
                    t -> t.lines()
                            .map(l -> l.replaceAll("^#+\\s*", "").replace("**", ""))
                            .filter(l -> !l.isBlank())
                            .reduce("", (a, b) -> a + b + "\n")
                            .getBytes(StandardCharsets.UTF_8),
                    "text/plain"));

    static Stream<Arguments> hearingsAndRenderings() {
        return Stream.of("000_eedd73a3c21843df.txt", "001_c11afda3d117e1ea.txt", "004_e8e4dedb133d506a.txt")
                .flatMap(seed -> RENDERINGS.stream().map(r -> Arguments.of(seed, r)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("hearingsAndRenderings")
    void everyRenderingGivesTheSameThemesAndRecommendations(String seed, Rendering rendering) {
        String clean = Fixtures.seed(seed);
        List<ParsedTheme> expected =
                parse(clean.getBytes(StandardCharsets.UTF_8), "text/markdown").themes();
        List<ParsedTheme> actual =
                parse(rendering.make().apply(clean), rendering.contentType()).themes();

        assertThat(actual)
                .extracting(ParsedTheme::title)
                .as("theme titles of %s", rendering)
                .containsExactlyElementsOf(
                        expected.stream().map(ParsedTheme::title).toList());
        Set<String> got = new HashSet<>();
        actual.forEach(t -> t.recommendations().forEach(r -> got.add(r.text())));
        List<String> wanted = expected.stream()
                .flatMap(t -> t.recommendations().stream())
                .map(r -> r.text())
                .toList();
        long same = wanted.stream().filter(got::contains).count();
        assertThat((double) same / wanted.size())
                .as(
                        "share of identical recommendations in %s: missing %s",
                        rendering,
                        wanted.stream().filter(w -> !got.contains(w)).limit(3).toList())
                .isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0} through poppler's pdftotext")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"000_eedd73a3c21843df", "001_c11afda3d117e1ea", "004_e8e4dedb133d506a"})
    void realPdftotextOutputGivesTheSameThemesAndRecommendations(String seed) throws java.io.IOException {
        byte[] text;
        try (var in = getClass().getResourceAsStream("/renderings/" + seed + ".pdftotext.txt")) {
            text = in.readAllBytes();
        }
        Rendering pdftotext = new Rendering("pdftotext", t -> text, "text/plain");
        everyRenderingGivesTheSameThemesAndRecommendations(seed + ".txt", pdftotext);
    }

    private static ParsedDocument parse(byte[] bytes, String type) {
        return new HearingSummaryParser(Set.of())
                .parse(DocumentReader.read(bytes, type).text());
    }
}

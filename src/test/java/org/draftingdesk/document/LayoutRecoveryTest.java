package org.draftingdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout recovery on text copied out of a PDF: furniture, footnotes, wrapped lines, hyphens, headings. */
class LayoutRecoveryTest {

    private static RecoveredDocument read(String text) {
        return DocumentReader.read(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    private static List<String> texts(RecoveredDocument d) {
        return d.blocks().stream().map(Block::text).toList();
    }

    @Test
    void pageNumbersInTheirUsualFormsAndRepeatedHeadersAreFurniture() {
        String page = """
                Report of the meeting on a subject
                The meeting was opened by the chair, who welcomed the participants and recalled
                the purpose of the meeting, which was to review the progress made since the last
                session and to agree on the next steps to be taken.
                Page %d of 3
                """;
        RecoveredDocument d = read(page.formatted(1) + "\f" + page.formatted(2).replace("opened", "continued") + "\f"
                + page.formatted(3).replace("opened", "closed"));

        assertThat(d.dropped())
                .extracting(Dropped::text)
                .contains("Page 1 of 3", "Page 2 of 3", "Report of the meeting on a subject");
        assertThat(texts(d)).noneMatch(t -> t.contains("Page ") || t.contains("Report of the meeting"));
        assertThat(texts(d)).hasSize(3);
        assertThat(Furniture.isPageNumber("- 3 -")).isTrue();
        assertThat(Furniture.isPageNumber("2/8")).isTrue();
        assertThat(Furniture.isAnchor("21-17189 (E)    261121")).isTrue();
        assertThat(Furniture.isAnchor("*2117189*")).isTrue();
        assertThat(Furniture.isAnchor("A/RES/76/7")).isTrue();
        assertThat(Furniture.isAnchor("Resolution 70/1.")).isFalse();
    }

    @Test
    void wordsHyphenatedAtALineEndAreMendedOnlyWhereTheWholeWordIsKnown() {
        RecoveredDocument d = read("""
                We call for the full implemen-
                tation of the plan by non-
                governmental organizations and counter-
                trafficking bodies, and note that non-governmental partners agree on
                this approach and that a further set of measures will be needed soon.
                Another paragraph follows here, which also runs on to a second line of
                text so that the lines have the length of a page's column of text.
                \f""");

        String first = d.blocks().get(0).text();
        assertThat(first)
                .contains("full implementation of")
                .contains("by non-governmental organizations")
                .contains("and counter-trafficking bodies");
    }

    @Test
    void footnotesUnderARuleBecomeNotesOfTheParagraphThatRefersToThem() {
        RecoveredDocument d = read("""
                1. We reaffirm the Plan of Action to Combat Trafficking in Persons1 and our commitments
                made therein, and recall the 2030 Agenda for Sustainable Development,2 recognizing that it
                includes commitments that relate to the Convention 3 and its Protocols.
                2. We commit to act on all of the above without delay and with full resolve.
                __________________
                1 Resolution 64/293.
                2 Resolution 70/1.
                3 United Nations, Treaty Series, vol. 2225.
                """);

        Block first = d.blocks().get(0);
        assertThat(first.text())
                .contains("Trafficking in Persons and our")
                .contains("Development, recognizing")
                .contains("the Convention and its Protocols.")
                .doesNotContainPattern("Persons1|,2 |Convention 3");
        assertThat(first.notes())
                .containsExactly("Resolution 64/293.", "Resolution 70/1.", "United Nations, Treaty Series, vol. 2225.");
        assertThat(d.blocks().get(1).notes()).isEmpty();
        assertThat(d.dropped()).extracting(Dropped::reason).contains(Dropped.FOOTNOTE);
    }

    @Test
    void aHeadingWithoutMarkupIsNotSwallowedByTheParagraphAfterIt() {
        RecoveredDocument d = read("""
                Participants discussed many questions during the day and agreed on several points
                that they wished to bring to the attention of the General Assembly as a whole.
                Key messages
                1. Protect the victims of trafficking in persons
                Participants called for unconditional support for victims and survivors, and for
                shelters funded by Member States in every region of the world without exception.
                2. Use technology well and responsibly in
                counter-trafficking work everywhere
                Speakers urged Member States to use technology to detect trafficking and to work
                with the companies that run the platforms where victims are recruited and sold.
                """);

        assertThat(d.blocks())
                .filteredOn(Block::isHeading)
                .extracting(Block::text)
                .containsExactly(
                        "Key messages",
                        "1. Protect the victims of trafficking in persons",
                        "2. Use technology well and responsibly in counter-trafficking work everywhere");
    }
}

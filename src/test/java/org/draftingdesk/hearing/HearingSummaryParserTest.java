package org.draftingdesk.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.draftingdesk.hearing.ParsedDocument.ParsedRecommendation;
import org.draftingdesk.hearing.ParsedDocument.ParsedTheme;
import org.junit.jupiter.api.Test;

/** The importer on the real seeds, as converted from PDF and web pages. */
class HearingSummaryParserTest {

    static final String HEARING_2017 = "001_c11afda3d117e1ea.txt";
    static final String HEARING_2021 = "000_eedd73a3c21843df.txt";
    static final String HEARING_2025 = "004_e8e4dedb133d506a.txt";
    static final String CONCEPT_NOTE_2021 = "002_766a178f7003f983.txt";
    static final String NEWS_2017 = "003_f8e1959dae5c0779.txt";

    private final HearingSummaryParser parser = new HearingSummaryParser(
            Set.of("Australia", "Spain", "Austria", "UK", "Liechtenstein", "Costa Rica", "Philippines", "US"));

    static String seed(String file) {
        return org.draftingdesk.support.Fixtures.seed(file);
    }

    private static List<String> titles(ParsedDocument doc) {
        return doc.themes().stream().map(ParsedTheme::title).toList();
    }

    @Test
    void the2017HearingHasFiveThemesWithTheirExactTitles() {
        ParsedDocument doc = parser.parse(seed(HEARING_2017));
        assertThat(titles(doc))
                .containsExactly(
                        "Enshrine a victim-centred and survivor-based approach",
                        "Address Causes and Contributory Factors to Trafficking in Persons",
                        "Recognize Emerging Challenges and Address Particular Vulnerabilities",
                        "Effective Enforcement and Implementation to Ensure Accountability",
                        "Enhanced Coordination, Cooperation and Partnership");
        assertThat(doc.themes()).extracting(ParsedTheme::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void the2021HearingHasFiveThemesWithTheirExactTitles() {
        ParsedDocument doc = parser.parse(seed(HEARING_2021));
        assertThat(titles(doc))
                .containsExactly(
                        "Further enshrine a victim-centered and survivor-based approach in responding to trafficking in persons",
                        "Address root causes and structural factors to prevent trafficking in persons",
                        "Build and invest in an evidence base",
                        "Recognize emerging trends and crises",
                        "Enhance coordination, cooperation, and partnership");
    }

    @Test
    void the2025HearingHasEightThemesWithTheirExactTitles() {
        ParsedDocument doc = parser.parse(seed(HEARING_2025));
        assertThat(titles(doc))
                .containsExactly(
                        "Provide for greater commitment to supporting victims of trafficking in persons and survivor-centred "
                                + "counter-trafficking strategies",
                        "Address the dangers of the misuse of technology in facilitating trafficking in persons and encourage "
                                + "enhanced use of technology in counter-trafficking efforts",
                        "Recognize emerging forms of trafficking in persons",
                        "Address the disproportionate impact of trafficking in persons on women, children and vulnerable populations",
                        "Enshrine a human-rights based approach in counter-trafficking responses",
                        "Address root causes and drivers of trafficking in persons",
                        "Build and invest in stronger partnerships across sectors, including the financial sector",
                        "Enhance global, regional and national co-ordination in the response to trafficking in persons");
    }

    @Test
    void aSentenceCutByAPageBreakIsOneRecommendation() {
        ParsedDocument doc = parser.parse(seed(HEARING_2025));
        List<String> texts = doc.themes().get(1).recommendations().stream()
                .map(ParsedRecommendation::text)
                .toList();
        assertThat(texts)
                .anySatisfy(t -> assertThat(t)
                        .endsWith(
                                "traffickers are using technology in new ways including artificial intelligence to create child sexual "
                                        + "abuse material."));
        assertThat(texts).noneSatisfy(t -> assertThat(t).startsWith("child sexual abuse material"));
    }

    @Test
    void pageBreaksBeforeACapitalisedWordAreMendedToo() {
        ParsedDocument doc2021 = parser.parse(seed(HEARING_2021));
        assertThat(doc2021.themes().get(0).recommendations())
                .anySatisfy(r -> assertThat(r.text())
                        .contains(
                                "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
                                        + "noting that victim protection"));
        ParsedDocument doc2025 = parser.parse(seed(HEARING_2025));
        assertThat(doc2025.themes().get(7).recommendations())
                .anySatisfy(r -> assertThat(r.text())
                        .isEqualTo(
                                "It was stressed that Member States should harmonise legal frameworks, enhance information "
                                        + "sharing and co-operate on cross-border investigations and re-integration of victims and "
                                        + "co-ordinated capacity building."));
    }

    private static final Pattern MARKUP = Pattern.compile("[#*<>\\t|]|\\]\\(|__");
    private static final Pattern AGENDA = Pattern.compile(
            "\\b\\d{1,2}[.:]\\d{2}\\b|Moderator:|Panellists:|Interactive Q and A|Provisional Agenda|Final Agenda|Morning Meeting|MORNING MEETING");

    @Test
    void recommendationsCarryNoMarkupNorAgendaFragments() {
        for (String file : List.of(HEARING_2017, HEARING_2021, HEARING_2025)) {
            ParsedDocument doc = parser.parse(seed(file));
            for (ParsedTheme theme : doc.themes()) {
                assertThat(theme.recommendations())
                        .as(file + " theme " + theme.number())
                        .isNotEmpty();
                for (ParsedRecommendation r : theme.recommendations()) {
                    assertThat(r.text()).as(file).doesNotContainPattern(MARKUP).doesNotContainPattern(AGENDA);
                    assertThat(r.text()).as(file).doesNotContain("\n").doesNotStartWith(" ");
                }
            }
        }
    }

    @Test
    void offsetsPointAtTheRecommendationInTheOriginalText() {
        ParsedDocument doc = parser.parse(seed(HEARING_2025));
        for (ParsedTheme theme : doc.themes()) {
            for (ParsedRecommendation r : theme.recommendations()) {
                String span = doc.text().substring(r.start(), r.end()).replaceAll("\\s+", " ");
                assertThat(span).isEqualTo(r.text());
                assertThat(r.start()).isBetween(theme.start(), theme.end());
            }
        }
    }

    @Test
    void recommendationsOfDifferentThemesDoNotOverlap() {
        for (String file : List.of(HEARING_2017, HEARING_2021, HEARING_2025)) {
            ParsedDocument doc = parser.parse(seed(file));
            List<ParsedRecommendation> all = doc.themes().stream()
                    .flatMap(t -> t.recommendations().stream())
                    .toList();
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).start())
                        .as(file)
                        .isGreaterThanOrEqualTo(all.get(i - 1).end());
            }
        }
    }

    @Test
    void aSentenceWithTwoAsksBecomesTwoRecommendations() {
        ParsedDocument doc = parser.parse(seed(HEARING_2025));
        List<String> texts = doc.themes().get(0).recommendations().stream()
                .map(ParsedRecommendation::text)
                .toList();
        assertThat(texts)
                .contains(
                        "Stakeholders drew attention to the vast under-identification of victims",
                        "urged Member States to prioritise trauma-informed, identity-sensitive strategies and empower community, "
                                + "health and faith-based actors for early victim detection.");
    }

    @Test
    void stakeholderGroupsComeFromWhoTheSentenceSaysSpoke() {
        ParsedDocument doc = parser.parse(seed(HEARING_2025));
        assertThat(doc.themes().get(2).recommendations())
                .filteredOn(r -> r.text().startsWith("One panellist urged"))
                .singleElement()
                .extracting(ParsedRecommendation::stakeholderGroup)
                .isEqualTo("panellists");
        assertThat(doc.themes().get(5).recommendations().get(0).stakeholderGroup())
                .isEqualTo("member states");
        assertThat(doc.themes().get(1).recommendations())
                .filteredOn(r -> r.text().startsWith("Both mandatory"))
                .singleElement()
                .extracting(ParsedRecommendation::stakeholderGroup)
                .isNull();
    }

    @Test
    void contextKeepsOpeningStatementsPanelAndClosingWithSpeakers() {
        ParsedDocument doc = parser.parse(seed(HEARING_2025));
        assertThat(doc.sections())
                .extracting(ParsedDocument.ParsedSection::kind)
                .contains("introduction", "opening", "panel", "closing");
        assertThat(doc.statements()).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Ms. Catherine Kirkendall");
            assertThat(s.role()).isEqualTo("Executive Director");
            assertThat(s.organisation()).isEqualTo("US Office at Hagar International");
            assertThat(s.callsFor()).contains("non-criminalisation of victims");
        });
        assertThat(doc.statements()).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("H.E. Mr. Jonibek Hikmat");
            assertThat(s.sectionKind()).isEqualTo("closing");
        });
    }

    @Test
    void agendasYieldSpeakersWithRoleAndOrganisation() {
        ParsedDocument doc = parser.parse(seed(HEARING_2017));
        assertThat(doc.statements()).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Ms. Nancy Rivard");
            assertThat(s.role()).isEqualTo("President and Founder");
            assertThat(s.organisation()).isEqualTo("Airline Ambassadors International");
        });
        assertThat(doc.sections()).anySatisfy(s -> assertThat(s.kind()).isEqualTo("agenda"));
    }

    @Test
    void theNewsReportYieldsSpeakersAndWhatTheyCalledFor() {
        ParsedDocument doc = parser.parse(seed(NEWS_2017));
        assertThat(doc.themes()).isEmpty();
        assertThat(doc.statements()).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Mohamed Mattar");
            assertThat(s.callsFor()).contains("creating incentives for victims of trafficking to come forward");
        });
        assertThat(doc.statements()).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Australia");
            assertThat(s.callsFor()).contains("identifying the factors that increase vulnerability");
        });
    }

    @Test
    void theConceptNoteYieldsTwoPanelsWithTheirGuidingQuestions() {
        ParsedDocument doc = parser.parse(seed(CONCEPT_NOTE_2021));
        assertThat(doc.panels()).hasSize(2);
        assertThat(doc.panels().get(0).title()).startsWith("The Global Plan of Action and enduring trafficking issues");
        assertThat(doc.panels().get(0).questions()).hasSize(7);
        assertThat(doc.panels().get(1).title()).startsWith("The Global Plan of Action and emerging issues");
        assertThat(doc.panels().get(1).questions())
                .hasSize(6)
                .first()
                .asString()
                .startsWith("What practices and lessons can be identified");
    }

    @Test
    void aReformattedDocumentYieldsTheSameThemesAndRecommendations() {
        String original = seed(HEARING_2025);
        String reformatted = original.replaceAll("(?m)^#{1,4} \\*\\*(.+)\\*\\*$", "**$1**")
                .replaceAll("(?m)^#{1,4} (\\d+\\. .+)$", "### $1")
                .replace("\n\n", "\n\n\n")
                .replace("\n", "\r\n");
        ParsedDocument a = parser.parse(original);
        ParsedDocument b = parser.parse(reformatted);
        assertThat(titles(b)).isEqualTo(titles(a));
        assertThat(b.themes().stream()
                        .flatMap(t -> t.recommendations().stream())
                        .map(ParsedRecommendation::text)
                        .toList())
                .isEqualTo(a.themes().stream()
                        .flatMap(t -> t.recommendations().stream())
                        .map(ParsedRecommendation::text)
                        .toList());
    }

    @Test
    void plainNumberedLinesWorkAsThemeHeadingsToo() {
        String original = seed(HEARING_2021);
        String plain = original.replaceAll("(?m)^#{1,4} +", "");
        assertThat(titles(parser.parse(plain))).isEqualTo(titles(parser.parse(original)));
    }

    @Test
    void headingsWrittenWithoutBlankLinesAfterThemAreFound() {
        ParsedDocument doc = parser.parse("""
                Key messages
                1. Data
                Stakeholders called for better data on trafficking flows.
                2. Survivors
                Participants urged Member States to fund shelters. Survivors asked to be heard.
                """);
        assertThat(titles(doc)).containsExactly("Data", "Survivors");
        assertThat(doc.themes().get(1).recommendations())
                .extracting(ParsedRecommendation::text)
                .containsExactly("Participants urged Member States to fund shelters.", "Survivors asked to be heard.");
    }
}

package org.draftingdesk.hearing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.hearing.ParsedDocument.ParsedPanel;
import org.draftingdesk.hearing.ParsedDocument.ParsedRecommendation;
import org.draftingdesk.hearing.ParsedDocument.ParsedSection;
import org.draftingdesk.hearing.ParsedDocument.ParsedStatement;
import org.draftingdesk.hearing.ParsedDocument.ParsedTheme;
import org.draftingdesk.hearing.TextBlocks.Block;
import org.draftingdesk.hearing.TextBlocks.Kind;

/**
 * Reads a hearing summary (or a related document) converted from PDF or a web page: the
 * key-messages section with its numbered themes, each theme's recommendations with provenance,
 * and the context around them (sections, speakers and what they called for, panels).
 */
public final class HearingSummaryParser {

    private static final Pattern KEY_MESSAGES = Pattern.compile("\\bkey\\s+messages\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})[.)]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ASK = Pattern.compile(
            "\\b(call(?:ed|s|ing)? (?:for|on|upon)|calls? (?:was|were) (?:also )?made|urg(?:ed|es|ing)|recommend\\w*|should|must"
                    + "|need(?:s|ed)? (?:to|for)|the need\\b|encourag\\w*|importance of|important|invit\\w*|prioriti[sz]\\w*"
                    + "|ensure|appeal\\w*|advocat\\w*|demand\\w*|essential|crucial|critical)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a sentence carrying several asks can be cut: before a new reporting verb. */
    private static final Pattern ASK_JOINT = Pattern.compile(
            "(?:;\\s+|,?\\s+and\\s+(?=(?:also\\s+)?(?:urged|called|stressed|emphasi[sz]ed|encouraged|recommended|"
                    + "invited|noted|highlighted|underscored|drew attention|asked)\\b))");

    private static final Pattern PANEL_HEADING =
            Pattern.compile("^panel(?: discussion)?\\s*(\\d+)\\b", Pattern.CASE_INSENSITIVE);

    private final SpeakerReader speakers;

    public HearingSummaryParser(Set<String> knownDelegations) {
        this.speakers = new SpeakerReader(knownDelegations);
    }

    public ParsedDocument parse(String raw) {
        String text = TextBlocks.normalise(raw);
        List<Block> blocks = TextBlocks.blocks(text);
        Map<Block, Integer> paragraphNumbers = numberParagraphs(blocks);

        List<ParsedTheme> themes = new ArrayList<>();
        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedStatement> statements = new ArrayList<>();
        List<ParsedPanel> panels = new ArrayList<>();

        int i = 0;
        SectionBuilder section = new SectionBuilder("other", "", 0);
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.HEADING
                    && KEY_MESSAGES.matcher(block.text()).find()
                    && themes.isEmpty()) {
                section.finish(text, sections, statements, speakers);
                i = readThemes(text, blocks, i + 1, paragraphNumbers, themes);
                section = new SectionBuilder(
                        "other", "", i < blocks.size() ? blocks.get(i).start() : text.length());
                continue;
            }
            if (block.kind() == Kind.HEADING) {
                if (section.isEmpty()) {
                    section.addHeading(block);
                } else {
                    section.finish(text, sections, statements, speakers);
                    section = new SectionBuilder(sectionKind(block.text()), block.text(), block.start());
                    section.end = block.end();
                }
            } else {
                section.add(block);
            }
            i++;
        }
        section.finish(text, sections, statements, speakers);
        panels.addAll(readPanels(blocks));
        String firstHeading = blocks.stream()
                .filter(b -> b.kind() == Kind.HEADING)
                .map(Block::text)
                .findFirst()
                .orElse(null);
        return new ParsedDocument(text, firstHeading, themes, sections, statements, panels);
    }

    private static Map<Block, Integer> numberParagraphs(List<Block> blocks) {
        Map<Block, Integer> numbers = new LinkedHashMap<>();
        int n = 0;
        for (Block block : blocks) {
            if (block.kind() == Kind.BODY) {
                numbers.put(block, ++n);
            }
        }
        return numbers;
    }

    /** Reads numbered themes until the key-messages section ends; returns the next block index. */
    private int readThemes(
            String text, List<Block> blocks, int from, Map<Block, Integer> paragraphs, List<ParsedTheme> themes) {
        int i = from;
        ThemeBuilder theme = null;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            Matcher numbered = NUMBERED.matcher(block.text());
            boolean themeHeading = numbered.matches()
                    && (block.kind() == Kind.HEADING
                            || block.text().length() <= 250 && !block.text().contains("\n"))
                    && Integer.parseInt(numbered.group(1)) == themes.size() + (theme == null ? 1 : 2);
            if (themeHeading) {
                if (theme != null) {
                    themes.add(theme.build(text));
                }
                theme = new ThemeBuilder(
                        Integer.parseInt(numbered.group(1)), stripTrailingPeriod(numbered.group(2)), block.start());
            } else if (block.kind() != Kind.BODY) {
                break;
            } else if (theme != null) {
                theme.paragraphs.add(block);
                theme.paragraphNumbers.add(paragraphs.get(block));
            }
            i++;
        }
        if (theme != null) {
            themes.add(theme.build(text));
        }
        return i;
    }

    private static String stripTrailingPeriod(String title) {
        String t = title.strip();
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1) : t;
    }

    private final class ThemeBuilder {
        final int number;
        final String title;
        final int start;
        final List<Block> paragraphs = new ArrayList<>();
        final List<Integer> paragraphNumbers = new ArrayList<>();

        ThemeBuilder(int number, String title, int start) {
            this.number = number;
            this.title = title;
            this.start = start;
        }

        ParsedTheme build(String text) {
            List<ParsedRecommendation> recommendations = new ArrayList<>();
            int end = start;
            for (int p = 0; p < paragraphs.size(); p++) {
                Block paragraph = paragraphs.get(p);
                end = paragraph.end();
                for (Sentences.Span sentence : Sentences.split(text, paragraph.start(), paragraph.end())) {
                    String sentenceText = TextBlocks.clean(
                            text.substring(sentence.start(), sentence.end()).replace('\n', ' '));
                    String group = StakeholderGroups.ofSubject(sentenceText);
                    for (Sentences.Span part : asks(text, sentence)) {
                        String partText = TextBlocks.clean(
                                text.substring(part.start(), part.end()).replace('\n', ' '));
                        String kind = ASK.matcher(partText).find() ? "ask" : "observation";
                        recommendations.add(new ParsedRecommendation(
                                partText, kind, group, null, paragraphNumbers.get(p), part.start(), part.end()));
                    }
                }
            }
            return new ParsedTheme(number, title, start, end, recommendations);
        }
    }

    /** One sentence cut into atomic asks where it joins several with their own verbs. */
    static List<Sentences.Span> asks(String text, Sentences.Span sentence) {
        List<Sentences.Span> parts = new ArrayList<>();
        Matcher m = ASK_JOINT.matcher(text).region(sentence.start(), sentence.end());
        int start = sentence.start();
        while (m.find()) {
            if (m.start() - start >= 40 && sentence.end() - m.end() >= 25) {
                parts.add(trimmed(text, start, m.start()));
                start = m.end();
            }
        }
        parts.add(trimmed(text, start, sentence.end()));
        return parts;
    }

    private static Sentences.Span trimmed(String text, int start, int end) {
        while (end > start && ",; ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Sentences.Span(start, end);
    }

    static String sectionKind(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("introduction") || h.equals("background")) {
            return "introduction";
        }
        if (h.contains("opening")) {
            return "opening";
        }
        if (h.contains("closing")) {
            return "closing";
        }
        if (h.contains("agenda") || h.contains("programme")) {
            return "agenda";
        }
        if (h.contains("panel")) {
            return "panel";
        }
        return "other";
    }

    /** Panels with their guiding questions, as a concept note lays them out. */
    private static List<ParsedPanel> readPanels(List<Block> blocks) {
        List<ParsedPanel> panels = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Matcher heading = PANEL_HEADING.matcher(stripTime(blocks.get(i).text()));
            if (!heading.find()
                    || blocks.get(i).kind() == Kind.BODY && blocks.get(i).text().length() > 80) {
                continue;
            }
            int number = Integer.parseInt(heading.group(1));
            if (panels.stream().anyMatch(p -> p.number() == number)) {
                continue;
            }
            String title = null;
            List<String> questions = new ArrayList<>();
            boolean inQuestions = false;
            for (int j = i + 1; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                String t = stripTime(b.text());
                if (PANEL_HEADING.matcher(t).find() && t.length() <= 80) {
                    break;
                }
                if (title == null && b.kind() == Kind.BODY && !t.startsWith("Structure")) {
                    title = t.replaceAll("^[“\"]|[”\"]$", "");
                }
                if (t.toLowerCase(Locale.ROOT).startsWith("guiding questions")) {
                    inQuestions = true;
                    continue;
                }
                if (inQuestions) {
                    for (String line : b.text().split("\n|(?=\\s\\d{1,2}\\.\\s+[A-Z])")) {
                        Matcher q = NUMBERED.matcher(line.strip());
                        if (q.matches() && line.contains("?")) {
                            questions.add(TextBlocks.clean(q.group(2)));
                        }
                    }
                    if (b.kind() == Kind.HEADING && !questions.isEmpty()) {
                        break;
                    }
                }
            }
            if (title != null && !questions.isEmpty()) {
                panels.add(new ParsedPanel(number, title, questions));
            }
        }
        return panels;
    }

    private static String stripTime(String text) {
        return text.replaceFirst("^[\\d.:\\s–-]+(?=[A-Za-z])", "").strip();
    }

    /** Gathers the blocks of a context section and reads speakers from them when it closes. */
    private static final class SectionBuilder {
        String kind;
        String heading;
        final int start;
        int end;
        final List<Block> blocks = new ArrayList<>();

        SectionBuilder(String kind, String heading, int start) {
            this.kind = kind;
            this.heading = heading;
            this.start = start;
            this.end = start;
        }

        boolean isEmpty() {
            return blocks.isEmpty();
        }

        void addHeading(Block block) {
            heading = heading.isEmpty() ? block.text() : heading + " / " + block.text();
            String k = sectionKind(block.text());
            if (!"other".equals(k)) {
                kind = k;
            }
            end = block.end();
        }

        void add(Block block) {
            blocks.add(block);
            end = block.end();
            if (block.kind() == Kind.TABLE && "other".equals(kind)) {
                kind = "agenda";
            }
        }

        void finish(
                String text, List<ParsedSection> sections, List<ParsedStatement> statements, SpeakerReader speakers) {
            if (blocks.isEmpty()) {
                return;
            }
            StringBuilder body = new StringBuilder();
            for (Block b : blocks) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(b.kind() == Kind.TABLE ? SpeakerReader.tableText(b.text()) : b.text());
            }
            String title = heading.isEmpty() ? "Preamble" : heading;
            sections.add(new ParsedSection(kind, title, body.toString(), start, end));
            for (Block b : blocks) {
                if (b.kind() == Kind.TABLE) {
                    statements.addAll(speakers.fromAgenda(kind, b));
                } else if (b.kind() == Kind.BODY) {
                    statements.addAll(speakers.fromProse(kind, text, b));
                }
            }
        }
    }
}

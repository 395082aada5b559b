package org.draftingdesk.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.draftingdesk.hearing.ParsedDocument.ParsedStatement;
import org.draftingdesk.hearing.TextBlocks.Block;

/**
 * Finds people and delegations in the context of a hearing: "Ms. X, Role, urged ...", agenda
 * entries such as "Ms. Y, Executive Director of Z", and "Australia called for ...".
 */
final class SpeakerReader {

    private static final String NAME_WORD =
            "(?:[\\p{Lu}][\\p{L}'’\\-]*\\.?|“[^”]{1,12}”|\"[^\"]{1,12}\"|de|van|den|der|von|al|el|bin|da|dos|du|la|le)";
    private static final String HONORIFIC =
            "(?:(?:H\\.E\\.|Her Excellency|His Excellency|Hon\\.)\\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Dame|Sir)\\.?\\s+)?";
    private static final String VERBS =
            "said|noted|highlighted|underscored|underlined|reflected|recounted|warned|stressed|"
                    + "emphasi[sz]ed|called|urged|reaffirmed|thanked|cautioned|reported|addressed|outlined|discussed|added|announced|"
                    + "described|argued|observed|welcomed|expressed|drew|spoke|shared|presented|explained|recalled|opened|closed|"
                    + "affirmed|pointed|proposed|appealed|invited|mentioned|acknowledged|commended|delivered|in (?:his|her|their) [a-z ]+";
    private static final Pattern PERSON = Pattern.compile(
            "^(" + HONORIFIC + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,6}),\\s+(.+?),\\s+(?:also\\s+)?(?:" + VERBS
                    + ")\\b",
            Pattern.DOTALL);
    private static final Pattern AGENDA_ENTRY =
            Pattern.compile("^(?:Moderator:\\s*)?(" + HONORIFIC.replace("?:(?:Mr", "?:(?:Mr") + NAME_WORD + "(?:\\s+"
                    + NAME_WORD + "){1,6})\\s*,\\s*(.{4,}?)\\.?$");
    private static final Pattern CALLS = Pattern.compile(
            "\\b(?:called (?:for|on|upon)|urged|stressed the need (?:for|to)|outlined the need for|the need for|"
                    + "should|must|appealed|recommended|asked)\\b(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PRONOUN = Pattern.compile(
            "^(?:He|She|They|Her Excellency|His Excellency|(?:Mr|Ms|Mrs|Dr)\\.?\\s+[\\p{Lu}][\\p{L}'’\\-]+)\\b");
    private static final Set<String> NOT_NAMES = Set.of(
            "Many",
            "Participants",
            "Stakeholders",
            "The",
            "Several",
            "Some",
            "Opening",
            "During",
            "Members",
            "Officials",
            "Speakers",
            "Panellists",
            "Panelists",
            "Member",
            "In",
            "On",
            "It",
            "This",
            "These",
            "Calls",
            "Reference",
            "Further",
            "Additionally",
            "Moreover");

    private final Set<String> delegations;
    private final Pattern delegationSentence;

    SpeakerReader(Set<String> delegations) {
        this.delegations = delegations;
        String names = delegations.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.delegationSentence = names.isEmpty()
                ? null
                : Pattern.compile("^(?:The\\s+)?(" + names + ")\\s+(?:also\\s+)?(?:called|said|stressed|highlighted|"
                        + "announced|urged|noted|proposed|emphasi[sz]ed|recommended)\\b");
    }

    List<ParsedStatement> fromProse(String sectionKind, String text, Block block) {
        List<ParsedStatement> found = new ArrayList<>();
        String currentSpeaker = null;
        String currentRole = null;
        int currentStart = -1;
        int currentEnd = -1;
        StringBuilder calls = new StringBuilder();
        for (Sentences.Span span : Sentences.split(text, block.start(), block.end())) {
            String sentence =
                    TextBlocks.clean(text.substring(span.start(), span.end()).replace('\n', ' '));
            String speaker = null;
            String role = null;
            Matcher person = PERSON.matcher(sentence);
            if (person.find() && !NOT_NAMES.contains(person.group(1).split("\\s+")[0])) {
                speaker = person.group(1).strip();
                role = person.group(2).strip();
            } else if (delegationSentence != null) {
                Matcher delegation = delegationSentence.matcher(sentence);
                if (delegation.find()) {
                    speaker = delegation.group(1);
                    role = "Member State";
                }
            }
            if (speaker != null) {
                flush(found, sectionKind, currentSpeaker, currentRole, calls, currentStart, currentEnd);
                currentSpeaker = speaker;
                currentRole = role;
                currentStart = span.start();
                calls.setLength(0);
            } else if (currentSpeaker == null || !continuesSpeaker(sentence, currentSpeaker)) {
                flush(found, sectionKind, currentSpeaker, currentRole, calls, currentStart, currentEnd);
                currentSpeaker = null;
                calls.setLength(0);
                continue;
            }
            currentEnd = span.end();
            Matcher call = CALLS.matcher(sentence);
            if (call.find()) {
                if (calls.length() > 0) {
                    calls.append(' ');
                }
                calls.append(sentence);
            }
        }
        flush(found, sectionKind, currentSpeaker, currentRole, calls, currentStart, currentEnd);
        return found;
    }

    private static boolean continuesSpeaker(String sentence, String speaker) {
        if (PRONOUN.matcher(sentence).find() || mentionsSurname(sentence, speaker)) {
            return true;
        }
        String[] words = sentence.split("\\s+", 14);
        for (int w = 0; w < Math.min(words.length, 13); w++) {
            String word = words[w].replaceAll("[^A-Za-z]", "");
            if (word.equals("he") || word.equals("she")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsSurname(String sentence, String speaker) {
        String[] words = speaker.split("\\s+");
        String surname = words[words.length - 1];
        return surname.length() > 2 && sentence.startsWith(surname);
    }

    private static void flush(
            List<ParsedStatement> found,
            String sectionKind,
            String speaker,
            String role,
            StringBuilder calls,
            int start,
            int end) {
        if (speaker == null) {
            return;
        }
        String[] roleAndOrg = splitRole(role);
        found.add(new ParsedStatement(
                sectionKind,
                speaker,
                roleAndOrg[0],
                roleAndOrg[1],
                calls.length() == 0 ? null : calls.toString(),
                start,
                end));
    }

    /** Agenda tables: one speaker per bullet, list item or cell. */
    List<ParsedStatement> fromAgenda(String sectionKind, Block block) {
        List<ParsedStatement> found = new ArrayList<>();
        for (String entry : agendaEntries(block.text())) {
            Matcher m = AGENDA_ENTRY.matcher(entry);
            if (!m.matches() || NOT_NAMES.contains(m.group(1).split("\\s+")[0])) {
                continue;
            }
            String[] roleAndOrg = splitRole(m.group(2)
                    .replaceAll("\\s*\\((?:speaking on|in his|in her)[^)]*\\)?", "")
                    .strip());
            found.add(new ParsedStatement(
                    "agenda", m.group(1).strip(), roleAndOrg[0], roleAndOrg[1], null, block.start(), block.end()));
        }
        return found;
    }

    static List<String> agendaEntries(String table) {
        String s = table.replaceAll("(?i)<li[^>]*>|</li>|</?ul[^>]*>|</?p>|<br\\s*/?>", "\n")
                .replaceAll("(?i)</?(?:b|i|em|strong|sup|span)[^>]*>", "")
                .replace('▪', '\n')
                .replace('•', '\n')
                .replace('\t', '\n');
        List<String> entries = new ArrayList<>();
        for (String line : s.split("\n")) {
            String clean = line.replaceAll("\\s+", " ").replaceAll("\\s+,", ",").strip();
            if (clean.length() > 5) {
                entries.add(clean);
            }
        }
        return entries;
    }

    /** Plain text of an agenda table, for reading in the page. */
    static String tableText(String table) {
        return String.join("\n", agendaEntries(table));
    }

    /** "Executive Director of UNODC" -> role and organisation, as far as the wording shows. */
    static String[] splitRole(String role) {
        if (role == null) {
            return new String[] {null, null};
        }
        String r = role.strip();
        int comma = r.indexOf(", ");
        if (comma > 0) {
            return new String[] {r.substring(0, comma), r.substring(comma + 2)};
        }
        Matcher of = Pattern.compile("^(.{3,80}?)\\s+(?:of|at)\\s+(?:the\\s+)?(\\p{Lu}.*)$")
                .matcher(r);
        if (of.matches() && !of.group(1).toLowerCase(Locale.ROOT).contains("representative")) {
            return new String[] {of.group(1), of.group(2)};
        }
        return new String[] {r, null};
    }
}

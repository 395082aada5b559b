package org.draftingdesk.hearing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stakeholder groups a hearing summary names, read from the subject of a sentence. */
public final class StakeholderGroups {

    public static final String MEMBER_STATES = "member states";
    public static final String CIVIL_SOCIETY = "civil society / NGOs";
    public static final String SURVIVORS = "survivors";
    public static final String UN_ENTITIES = "UN entities";
    public static final String PRIVATE_SECTOR = "private sector";
    public static final String FINANCIAL_SECTOR = "financial sector";
    public static final String ACADEMIA = "academia";
    public static final String NHRIS = "national human rights institutions";
    public static final String PANELLISTS = "panellists";
    public static final String PARTICIPANTS = "participants";

    public static final List<String> ALL = List.of(
            MEMBER_STATES,
            CIVIL_SOCIETY,
            SURVIVORS,
            UN_ENTITIES,
            PRIVATE_SECTOR,
            FINANCIAL_SECTOR,
            ACADEMIA,
            NHRIS,
            PANELLISTS,
            PARTICIPANTS);

    /** Sentence openings naming who spoke: "Many participants", "One panellist", "Member States". */
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:(?:many|several|some|most|all|other|one|two|a number of|numerous|various|the|a few|few)\\s+)?"
                    + "(?:of the\\s+)?(?:(?:other|relevant)\\s+)?([a-z][a-z ,-]{2,60}?)"
                    + "\\s+(?:also\\s+|further\\s+|strongly\\s+|particularly\\s+)?"
                    + "(?:called|urged|stressed|emphasi[sz]ed|noted|highlighted|underscored|underlined|drew|recommended|"
                    + "encouraged|proposed|mentioned|agreed|shared|focused|argued|reiterated|recognized|recognised|"
                    + "committed|stated|advised|invited|affirmed|were|was|expressed|pointed|raised|warned|said|"
                    + "suggested|observed|welcomed|called|asked|cautioned|insisted|requested|reported)\\b");

    /** "In particular, participants ..." : a short opening phrase before the subject. */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^(?:in particular|additionally|moreover|further|furthermore|lastly|finally|however|also|in addition"
                    + "|on the other hand|as part of that process|in this regard|at the same time),\\s+");

    private static final Pattern NOT_A_SPEAKER =
            Pattern.compile("\\b(?:need|importance|role|issue|use|theme|call)s?\\b");

    private static final Map<String, String> WORDS = new java.util.LinkedHashMap<>();

    static {
        WORDS.put("member state", MEMBER_STATES);
        WORDS.put("states", MEMBER_STATES);
        WORDS.put("delegation", MEMBER_STATES);
        WORDS.put("government", MEMBER_STATES);
        WORDS.put("civil society", CIVIL_SOCIETY);
        WORDS.put("ngo", CIVIL_SOCIETY);
        WORDS.put("non-governmental", CIVIL_SOCIETY);
        WORDS.put("survivor", SURVIVORS);
        WORDS.put("un entit", UN_ENTITIES);
        WORDS.put("united nations entit", UN_ENTITIES);
        WORDS.put("un agenc", UN_ENTITIES);
        WORDS.put("financial", FINANCIAL_SECTOR);
        WORDS.put("private sector", PRIVATE_SECTOR);
        WORDS.put("business", PRIVATE_SECTOR);
        WORDS.put("compan", PRIVATE_SECTOR);
        WORDS.put("academ", ACADEMIA);
        WORDS.put("researcher", ACADEMIA);
        WORDS.put("human rights institution", NHRIS);
        WORDS.put("panellist", PANELLISTS);
        WORDS.put("panelist", PANELLISTS);
        WORDS.put("panels", PANELLISTS);
        WORDS.put("participant", PARTICIPANTS);
        WORDS.put("speaker", PARTICIPANTS);
        WORDS.put("stakeholder", PARTICIPANTS);
    }

    private StakeholderGroups() {}

    /** The group a sentence attributes its content to, or null when it does not say. */
    public static String ofSubject(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        Matcher opener = LEADING_PHRASE.matcher(s);
        if (opener.find()) {
            s = s.substring(opener.end());
        }
        Matcher m = SUBJECT.matcher(s);
        if (!m.find()) {
            return null;
        }
        String subject = m.group(1);
        if (subject.split("\\s+").length > 6 || NOT_A_SPEAKER.matcher(subject).find()) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        String group = null;
        for (Map.Entry<String, String> word : WORDS.entrySet()) {
            int at = subject.indexOf(word.getKey());
            if (at >= 0 && at < best) {
                best = at;
                group = word.getValue();
            }
        }
        return group;
    }
}

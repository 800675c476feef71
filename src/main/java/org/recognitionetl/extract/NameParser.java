package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a noun phrase such as "Kazakhstan President President Kassym-Jomart Tokayev" into affiliation
 * (Kazakhstan), title (President) and bare name (Kassym-Jomart Tokayev), and tells persons from organisations.
 */
final class NameParser {
    record Parsed(String name, String title, Entity affiliation, boolean organisation) {
        boolean hasName() {
            return !name.isEmpty();
        }
    }

    /** What a token of a name phrase is; {@link #tokens(String)} finds them without the regex engine. */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*\\.?|\\(|\\)");

    /** Capitalised words that open sentences or clauses and are never part of a name. */
    static final Set<String> STOP = Words.set("The", "A", "An", "But", "And", "Or", "In", "On", "At", "If", "When", "While",
            "After", "Before", "As", "It", "He", "She", "They", "We", "I", "This", "That", "Those", "These", "His", "Her",
            "Their", "Our", "My", "Its", "For", "With", "From", "By", "Of", "To", "So", "Yet", "Then", "Now", "Still",
            "Also", "According", "Meanwhile", "However", "Although", "Though", "Because", "Since", "Asked", "Speaking",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Instead", "Even", "Under", "Over", "Like",
            "Both", "All", "Some", "Many", "Most", "Other", "Another", "Such", "What", "Who", "Why", "How", "Where",
            "Not", "No", "Yes", "There", "Here", "You", "Your", "Mr", "Democrats", "Republicans", "Democrat",
            "Republican", "GOP", "Twitter", "Facebook", "CNN", "Fox", "Reuters", "AP", "Trump's", "Obama's", "Despite",
            "During", "Until", "Without", "Within", "Through", "Among", "Against", "Amid", "Following", "Including",
            "Unlike", "Whether", "Upon", "Toward", "Towards");

    /** {@link #STOP}, probed with a slice of a text. */
    static final WordTable STOP_TABLE = new WordTable(STOP);

    /** Words that make a phrase an organisation ({@code extract/org-words.txt}). */
    static final Set<String> ORG_WORDS = Words.fromResource("extract/org-words.txt");
    private static final WordTable ORG_TABLE = new WordTable(ORG_WORDS);

    /** {@code ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))} without the lower-cased copy (asked of every token). */
    private static boolean isOrgWord(String w) {
        return ORG_TABLE.containsLowerCased(w, 0, w.length());
    }

    private final Gazetteer gazetteer;
    private final Titles titles;

    NameParser(Gazetteer gazetteer, Titles titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    /** The {@link #TOKEN} matches of the phrase, scanned by hand (see {@link Tokens}): words and parentheses. */
    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            int cp = phrase.codePointAt(i);
            if (Tokens.isWordChar(cp)) {
                int e = Tokens.end(phrase, i, n);
                out.add(phrase.substring(i, e));
                i = e;
            } else {
                if (cp == '(' || cp == ')') {
                    out.add(phrase.substring(i, i + 1));
                }
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /**
     * Parses are pure functions of the phrase and names recur across articles, so results are memoised in a
     * concurrent map (cleared when it grows large, so memory stays bounded on big archives).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Parsed> memo = new java.util.concurrent.ConcurrentHashMap<>();

    Parsed parse(String phrase) {
        Parsed p = memo.get(phrase);
        if (p == null) {
            if (memo.size() > 100_000) {
                memo.clear();
            }
            p = parseUncached(phrase);
            memo.put(phrase, p);
        }
        return p;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> places = new java.util.concurrent.ConcurrentHashMap<>();

    /** True if the name holds a state or territory name ("Eastern Ukraine"): a place, not a person. Memoised. */
    boolean containsPlace(String name) {
        Boolean b = places.get(name);
        if (b == null) {
            if (places.size() > 100_000) {
                places.clear();
            }
            b = false;
            for (Gazetteer.Mention m : gazetteer.find(name, 0, name.length())) {
                if (m.form() == Gazetteer.Form.NAME) {
                    b = true;
                }
            }
            places.put(name, b);
        }
        return b;
    }

    private Parsed parseUncached(String phrase) {
        List<String> toks = tokens(phrase.replace("’s ", "'s ").replace('’', '\''));
        // drop a trailing parenthetical such as "(R-Texas)"
        int open = toks.indexOf("(");
        if (open >= 0) {
            toks = new ArrayList<>(toks.subList(0, open));
        }
        int i = 0;
        while (i < toks.size() && (toks.get(i).equalsIgnoreCase("the") || toks.get(i).equalsIgnoreCase("a")
                || toks.get(i).equalsIgnoreCase("an") || toks.get(i).equalsIgnoreCase("former"))) {
            i++;
        }
        Entity affiliation = null;
        StringBuilder title = new StringBuilder();
        boolean progress = true;
        while (progress && i < toks.size()) {
            progress = false;
            // an entity (or its adjective) opening the phrase is the affiliation: "Kazakhstan's Foreign Ministry"
            if (Character.isUpperCase(toks.get(i).charAt(0))) {
                String cand = String.join(" ", toks.subList(i, toks.size()));
                // the first mention of gazetteer.find(cand), if it starts the phrase
                Gazetteer.Mention mm = gazetteer.mentionAtStart(cand);
                if (mm != null && mm.form() != Gazetteer.Form.METONYM) {
                    int end = mm.end();
                    while (end < cand.length() && cand.charAt(end) != ' ') {
                        end++; // include a possessive "'s"
                    }
                    int n = cand.substring(0, end).split(" ").length;
                    if (i + n < toks.size()) {
                        affiliation = mm.entity();
                        i += n;
                        progress = true;
                        continue;
                    }
                }
            }
            int t = titles.match(toks, i);
            if (t > 0) {
                String tt = capitalise(String.join(" ", toks.subList(i, i + t)));
                if (!tt.equalsIgnoreCase("former") && title.indexOf(tt) < 0) {
                    if (title.length() > 0) {
                        title.append(' ');
                    }
                    title.append(tt);
                }
                i += t;
                progress = true;
            }
        }
        List<String> rest = new ArrayList<>(toks.subList(i, toks.size()));
        // video-player and page furniture glued to a name ("JUST WATCHED Netanyahu"): runs of shouted words
        // are never part of a person's name
        int shouted = 0;
        while (shouted < rest.size() && isShouted(rest.get(shouted))) {
            shouted++;
        }
        if (shouted >= 2 && shouted < rest.size()) {
            rest = new ArrayList<>(rest.subList(shouted, rest.size()));
        } else if (shouted >= 3) {
            return new Parsed("", title.toString(), affiliation, false);
        }
        // "the foreign minister of Freedonia": the state after the title is the affiliation
        if (title.length() > 0 && rest.size() > 1 && TRAILER_PREPOSITIONS.contains(rest.get(0))) {
            String cand = String.join(" ", rest.subList(1, rest.size()));
            Gazetteer.Mention first = gazetteer.mentionAtStart(cand); // find's first mention, if at the start
            if (first != null && first.form() == Gazetteer.Form.NAME) {
                if (affiliation == null) {
                    affiliation = first.entity();
                }
                int n = cand.substring(0, first.end()).split(" ").length;
                rest = new ArrayList<>(rest.subList(Math.min(rest.size(), 1 + n), rest.size()));
                if (rest.isEmpty()) {
                    return new Parsed("", title.toString(), affiliation, false);
                }
            }
        }
        // a name after a description: "renowned historian Ana Weiss", "campaign lawyer Ana Weiss", "Harbour
        // Council spokesman Ana Weiss", "Ranking Member of the Harbour Committee Ana Weiss"
        int run = rest.size();
        while (run > 0 && rest.size() - run < 4 + particlesIn(rest, run)
                && (personName(rest.subList(run - 1, rest.size())) || run >= 2 && innerParticle(rest, run - 1)
                    && Character.isUpperCase(rest.get(run - 2).charAt(0)))
                && !(titles.match(rest, run - 1) > 0 && run - 1 + titles.match(rest, run - 1) <= run)) {
            run--; // a title ("Leader", "Chairman") ends the name run and becomes the title
        }
        boolean described = false;
        if (run > 0 && run < rest.size()) {
            String before = rest.get(run - 1);
            boolean lower = !Character.isUpperCase(before.charAt(0));
            boolean orgOrTitle = isOrgWord(before) || titles.isTitleWord(before);
            if ((lower || orgOrTitle) && !TRAILER_PREPOSITIONS.contains(before) && !NOT_BEFORE_NAME.contains(before)
                    && (rest.size() - run >= 2 || title.length() > 0 || titles.isTitleWord(before))) {
                // the title is the longest one that ends right before the name ("Senior Editor", "spokesman")
                for (int j = Math.max(0, run - 3); j < run; j++) {
                    int t = titles.match(rest, j);
                    if (t > 0 && j + t == run && !rest.get(j).equalsIgnoreCase("former")) {
                        title.setLength(0);
                        title.append(capitalise(String.join(" ", rest.subList(j, run))));
                        break;
                    }
                }
                // titles opening the name run belong to the title ("a speech Mrs. Weiss", "police Chief Ana Weiss")
                int t;
                while (run < rest.size() - 1 && (t = titles.match(rest, run)) > 0 && run + t < rest.size()) {
                    title.setLength(0);
                    title.append(capitalise(String.join(" ", rest.subList(run, run + t))));
                    run += t;
                }
                rest = new ArrayList<>(rest.subList(run, rest.size()));
                described = true;
            }
        }
        // "Representative Jane Doe of Ohio", "Jane Doe for the Tax Center": the trailer says where the person
        // works; the name is what comes before it (unless the head is an institution: "Bank of Freedonia")
        for (int j = 1; j < rest.size() && !described; j++) {
            String w = rest.get(j);
            if (Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            if (TRAILER_PREPOSITIONS.contains(w) && (j >= 2 || title.length() > 0) && !anyOrgWord(rest.subList(0, j))) {
                if (affiliation == null) {
                    affiliation = stateIn(rest.subList(j + 1, rest.size()));
                }
                rest = new ArrayList<>(rest.subList(0, j));
            }
            break;
        }
        // a title after other capitalised words: "Freedonia President Ana Weiss", "White House Press Secretary X"
        for (int j = rest.size() - 2; j >= 1 && !described; j--) {
            int t = titles.match(rest, j);
            if (t > 0 && j + t < rest.size() && Character.isUpperCase(rest.get(j).charAt(0))
                    && !rest.get(j).equalsIgnoreCase("former") && personName(rest.subList(j + t, rest.size()))) {
                title.setLength(0);
                title.append(capitalise(String.join(" ", rest.subList(j, j + t))));
                rest = new ArrayList<>(rest.subList(j + t, rest.size()));
                break;
            }
        }
        boolean org = false;
        for (String r : rest) {
            if (isOrgWord(r)) {
                org = true;
            }
        }
        if (org) {
            // organisations keep their full phrase (minus a leading article): "Kazakhstan's Foreign Ministry"
            String full = withoutLeadingThe(phrase.strip());
            return new Parsed(full, "", affiliation, true);
        }
        if (!rest.isEmpty()) {
            String last = stripPossessive(rest.get(rest.size() - 1));
            if (last.endsWith(".") && last.length() > 2 && !last.equals("Jr.") && !last.equals("Sr.")) {
                last = last.substring(0, last.length() - 1); // the sentence's period, not part of the name
            }
            rest.set(rest.size() - 1, last);
        }
        for (int j = 0; j < rest.size(); j++) {
            if (!capitalised(rest.get(j)) && !innerParticle(rest, j)) {
                return new Parsed("", title.toString(), affiliation, false);
            }
        }
        return new Parsed(String.join(" ", rest), title.toString(), affiliation, false);
    }

    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    /** The phrase without a leading "the" ("the Foreign Ministry"), the regex compiled once. */
    static String withoutLeadingThe(String phrase) {
        return LEADING_THE.matcher(phrase).replaceFirst("");
    }

    private static final Set<String> TRAILER_PREPOSITIONS = Words.set("of", "for", "from", "at");

    /** Words after which capitalised words name a thing, not a person ("for a Responsible Budget"). */
    private static final Set<String> NOT_BEFORE_NAME = Words.set("a", "an", "the", "in", "and", "on", "to", "with",
            "by", "or");

    /** An all-capitals word of two letters or more ("WATCHED"), not an organisation ("NATO" is one). */
    private static boolean isShouted(String w) {
        if (w.length() < 2 || isOrgWord(w)) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return Character.isLetter(w.charAt(0));
    }

    private static boolean anyOrgWord(List<String> words) {
        for (String w : words) {
            if (isOrgWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** One to four capitalised words, none an organisation word nor a stop word: can be a person's name. */
    private static boolean personName(List<String> words) {
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            String w = words.get(j);
            if ((!capitalised(w) && !innerParticle(words, j))
                    || isOrgWord(w) || STOP.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PARTICLES = Words.fromResource("extract/name-particles.txt");

    /** A capitalised word, or a particle joined to one by a hyphen ("al-Baghdadi", "el-Sisi"). */
    private static boolean capitalised(String w) {
        if (Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1))
                && PARTICLES.contains(w.substring(0, h));
    }

    /** How many of the words from {@code from} on are particles: they do not count towards a name's length. */
    private static int particlesIn(List<String> words, int from) {
        int n = 0;
        for (int k = from; k < words.size(); k++) {
            if (PARTICLES.contains(words.get(k))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A lower-case particle between capitalised words of one name ("Mohammed bin Salman", "Ursula von der
     * Leyen"): part of the name, though it never opens or ends one.
     */
    private static boolean innerParticle(List<String> words, int j) {
        if (j == 0 || !PARTICLES.contains(words.get(j))) {
            return false;
        }
        for (int k = j + 1; k < words.size(); k++) {
            if (Character.isUpperCase(words.get(k).charAt(0))) {
                return true;
            }
            if (!PARTICLES.contains(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** The state named by the words ("the Republic of Freedonia" gives Freedonia), or null. */
    private Entity stateIn(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String cand = String.join(" ", words);
        for (Gazetteer.Mention m : gazetteer.find(cand, 0, cand.length())) {
            if (m.form() == Gazetteer.Form.NAME && m.entity().kind() != EntityKind.ORGANIZATION) {
                return m.entity();
            }
        }
        return null;
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static String capitalise(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}

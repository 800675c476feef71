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
            "Republican", "GOP", "Twitter", "Facebook", "CNN", "Fox", "Reuters", "AP", "Trump's", "Obama's");

    static final Set<String> ORG_WORDS = Words.set("ministry", "department", "office", "government", "party", "committee",
            "council", "house", "agency", "union", "bank", "court", "police", "army", "forces", "campaign", "association",
            "organization", "organisation", "group", "news", "times", "post", "press", "network", "institute",
            "university", "commission", "company", "corporation", "inc", "inc.", "foundation", "league", "embassy",
            "kremlin", "senate", "congress", "reuters", "journal", "service", "administration", "center", "centre",
            "board", "authority", "caucus", "coalition", "alliance", "fund", "church", "pentagon", "nato", "cnn",
            "tribune", "herald", "magazine", "daily", "federation", "secretariat", "parliament", "assembly",
            "cabinet", "navy", "command", "hamas", "hezbollah", "taliban", "report", "statement", "poll", "survey",
            "study", "website", "newspaper", "spokesman's", "vatican", "un", "u.n.", "eu", "e.u.");

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
                List<Gazetteer.Mention> ms = gazetteer.find(cand, 0, cand.length());
                if (!ms.isEmpty() && ms.get(0).start() == 0 && ms.get(0).form() != Gazetteer.Form.METONYM) {
                    Gazetteer.Mention mm = ms.get(0);
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
        // a title after other capitalised words: "Freedonia President Ana Weiss", "White House Press Secretary X"
        for (int j = rest.size() - 2; j >= 1; j--) {
            int t = titles.match(rest, j);
            if (t > 0 && j + t < rest.size() && Character.isUpperCase(rest.get(j).charAt(0))
                    && !rest.get(j).equalsIgnoreCase("former")) {
                boolean orgAhead = false;
                for (String r : rest.subList(0, j)) {
                    orgAhead |= ORG_WORDS.contains(r.toLowerCase(Locale.ROOT));
                }
                if (!orgAhead) {
                    title.setLength(0);
                    title.append(capitalise(String.join(" ", rest.subList(j, j + t))));
                    rest = new ArrayList<>(rest.subList(j + t, rest.size()));
                }
                break;
            }
        }
        boolean org = false;
        for (String r : rest) {
            if (ORG_WORDS.contains(r.toLowerCase(Locale.ROOT))) {
                org = true;
            }
        }
        if (org) {
            // organisations keep their full phrase (minus a leading article): "Kazakhstan's Foreign Ministry"
            String full = phrase.strip().replaceFirst("^(?i:the)\\s+", "");
            return new Parsed(full, "", affiliation, true);
        }
        if (!rest.isEmpty()) {
            String last = stripPossessive(rest.get(rest.size() - 1));
            if (last.endsWith(".") && last.length() > 2 && !last.equals("Jr.") && !last.equals("Sr.")) {
                last = last.substring(0, last.length() - 1); // the sentence's period, not part of the name
            }
            rest.set(rest.size() - 1, last);
        }
        for (String r : rest) {
            if (!Character.isUpperCase(r.charAt(0))) {
                return new Parsed("", title.toString(), affiliation, false);
            }
        }
        return new Parsed(String.join(" ", rest), title.toString(), affiliation, false);
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

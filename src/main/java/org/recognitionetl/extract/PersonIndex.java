package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names, in text order: "Kazakhstan President Kassym-Jomart Tokayev" gives a person with
 * name, title and affiliation; later "Tokayev" alone is linked to that fullest form through the surname.
 */
final class PersonIndex {
    record Person(String name, String title, Entity affiliation) {
    }

    /** A mention of a person at [start, end); plural when part of "A and B" (so never "he"). */
    record Mention(Person person, int start, int end, boolean plural) {
    }

    private static final Pattern RUN = Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}'’.\\-]*|[a-z]+)(?: (?:[\\p{Lu}][\\p{L}'’.\\-]*|de|al|bin|van|von|da|del|der|le|la|ibn|[a-z]+))*");

    private static final Pattern SURNAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\-]+\\b");

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Person> bySurname = new HashMap<>();

    private final Gazetteer gazetteer;
    private final Titles titles;
    private final String body;
    /** Nicknames the article introduces ("known as AW"), to the person they stand for. */
    private final Map<String, Person> aliases = new HashMap<>();
    private final NameParser parser;

    /** The words of the phrase being scanned, as [start, end) offsets (no array allocated per word). */
    private int[] phraseStarts = new int[8];
    private int[] phraseEnds = new int[8];
    private int phraseWords;

    PersonIndex(String body, int bylineEnd, NameParser parser, Titles titles, Gazetteer gazetteer) {
        this.titles = titles;
        this.gazetteer = gazetteer;
        this.body = body;
        this.parser = parser;
        // the scans below read every character of the body: an array read costs less than String.charAt
        char[] cs = BodyChars.of(body);
        // the byline names the author, who is never the antecedent of "he" in the story
        List<Mention> raw = new ArrayList<>();
        scanNamePhrases(cs, bylineEnd, raw);
        fillRolesInApposition(raw);
        indexBySurname(raw);
        readNicknames(raw, bylineEnd);
        List<Mention> all = withSurnameMentions(raw, cs, bylineEnd);
        all.sort(Comparator.comparingInt(Mention::start));
        for (Mention x : all) {
            mentions.add(new Mention(bySurname.getOrDefault(lastWord(x.person().name()), x.person()), x.start(), x.end(),
                    x.plural()));
        }
    }

    // The constructor's steps are separate methods: one giant constructor was slow for the JIT to compile, and was
    // compiled again and again after deoptimisations.

    /**
     * One pass over whitespace-separated tokens: a stretch of capitalised words, titles and particles that no
     * punctuation interrupts is a candidate name ("Kazakhstan President Kassym-Jomart Tokayev").
     */
    private void scanNamePhrases(char[] cs, int bylineEnd, List<Mention> raw) {
        int n = body.length();
        int i = bylineEnd;
        while (i < n) {
            char c = cs[i];
            if (c == ' ' || c == '\n' || c == '\u00a0') { // no-break spaces separate words too ("Gov.\u00a0Ana")
                if (c == '\n') {
                    flush(raw);
                }
                i++;
                continue;
            }
            int ts = i;
            while (i < n && cs[i] != ' ' && cs[i] != '\n' && cs[i] != '\u00a0') {
                i++;
            }
            token(cs, ts, i, raw);
        }
        flush(raw);
    }

    /** The whitespace-separated token cs[ts, te): extends the pending phrase or ends it. */
    private void token(char[] cs, int ts, int te, List<Mention> raw) {
        int a = ts;
        while (a < te && !Chars.isLetterOrDigit(cs[a])) {
            a++;
        }
        int b = te;
        while (b > a && isTrailingPunctuation(cs[b - 1])) {
            b--;
        }
        if (a > ts) {
            flush(raw);
        }
        boolean sentenceEnd = false;
        if (b > a + 2 && cs[b - 1] == '.' && Character.isLowerCase(cs[b - 2])
                && Character.isLowerCase(cs[b - 3]) && !titles.isTitleWord(cs, a, b)) {
            b--; // "Dr. Weyl. Learning …": the period ends the sentence, and the name
            sentenceEnd = true;
        }
        if (b > a) {
            if (continuesName(cs, a, b)) {
                addToPhrase(a, b);
            } else {
                flush(raw);
            }
        }
        if (sentenceEnd || b < te) {
            flush(raw);
        }
    }

    /**
     * The same tests as isCap, isTitleWord and PARTICLES on the word, done on the slice in place: this runs for
     * every word of the body.
     */
    private boolean continuesName(char[] cs, int a, int b) {
        return (Character.isUpperCase(cs[a]) && !NameParser.STOP_TABLE.contains(cs, a, b))
                || titles.isTitleWord(cs, a, b) || (phraseWords > 0 && PARTICLE_TABLE.contains(cs, a, b));
    }

    /** "Ana Weiss, Freedonia's foreign minister, said": the role in apposition is the person's title and state. */
    private void fillRolesInApposition(List<Mention> raw) {
        int n = body.length();
        for (int k = 0; k < raw.size(); k++) {
            Mention x = raw.get(k);
            int e = x.end();
            if (e + 2 >= n || body.charAt(e) != ',' || body.charAt(e + 1) != ' ') {
                continue;
            }
            int stop = e + 2;
            while (stop < n && stop < e + 70 && ",.;:()\n\"“”".indexOf(body.charAt(stop)) < 0) {
                stop++;
            }
            if (stop >= n || body.charAt(stop) != ',' && body.charAt(stop) != '.') {
                continue;
            }
            NameParser.Parsed role = parsed.computeIfAbsent(body.substring(e + 2, stop), parser::parse);
            Person p = x.person();
            if (role.hasName() || role.organisation() || role.title().isEmpty()
                    || (!p.title().isEmpty() && p.affiliation() != null)) {
                continue;
            }
            Person filled = new Person(p.name(), p.title().isEmpty() ? role.title() : p.title(),
                    p.affiliation() != null ? p.affiliation() : role.affiliation());
            raw.set(k, new Mention(filled, x.start(), x.end(), x.plural()));
        }
    }

    /** Each surname to the fullest form of the person the article gives. */
    private void indexBySurname(List<Mention> raw) {
        for (Mention x : raw) {
            Person p = x.person();
            String sur = lastWord(p.name());
            Person known = bySurname.get(sur);
            if (known == null || wordCount(known.name()) < wordCount(p.name())
                    || (known.title().isEmpty() && !p.title().isEmpty() && known.name().equals(p.name()))) {
                bySurname.put(sur, merge(p, known));
            } else {
                bySurname.put(sur, merge(known, p));
            }
        }
    }

    /** "Ana Weiss, the harbour chief known as AW": the nickname stands for the person from now on. */
    private void readNicknames(List<Mention> raw, int bylineEnd) {
        int n = body.length();
        for (int at = body.indexOf(" known as ", bylineEnd); at >= 0; at = body.indexOf(" known as ", at + 10)) {
            int s = at + 10;
            int e = s;
            while (e < n && (Chars.isLetter(body.charAt(e)) || body.charAt(e) == '-')) {
                e++;
            }
            if (e - s < 2 || !Chars.isUpperCase(body.charAt(s))) {
                continue;
            }
            Mention owner = null;
            for (Mention x : raw) {
                int dot = x.end() <= at ? body.indexOf(". ", x.end()) : -1;
                if (x.end() <= at && at - x.end() < 120 && (dot < 0 || dot >= at)) {
                    owner = x;
                }
            }
            String alias = body.substring(s, e);
            if (owner != null && !bySurname.containsKey(alias)) {
                String[] t = owner.person().name().split(" ");
                Person full = bySurname.getOrDefault(t[t.length - 1], owner.person());
                bySurname.put(alias, full);
                aliases.put(alias, full);
            }
        }
    }

    /** The raw mentions and, after them, the surname-only mentions of known people ("Tokayev said"). */
    private List<Mention> withSurnameMentions(List<Mention> raw, char[] cs, int bylineEnd) {
        int n = body.length();
        List<Mention> all = new ArrayList<>(raw);
        int r = 0; // raw mentions are in text order: walk them alongside instead of searching each time
        WordTable surnames = new WordTable(bySurname.keySet());
        int k = bySurname.isEmpty() ? n : bylineEnd;
        while (k < n) {
            // capitalised words, scanned by hand (a \\b regex over the whole body was the slowest step)
            if (!Chars.isUpperCase(cs[k]) || (k > 0 && Chars.isLetter(cs[k - 1]))) {
                k++;
                continue;
            }
            int e = k + 1;
            while (e < n && (Chars.isLetter(cs[e]) || cs[e] == '-')) {
                e++;
            }
            // most capitalised words are no known surname: the table answers that without a substring
            Person p = e - k > 1 && surnames.contains(cs, k, e) ? bySurname.get(body.substring(k, e)) : null;
            if (p != null) {
                while (r < raw.size() && raw.get(r).end() <= k) {
                    r++;
                }
                boolean covered = r < raw.size() && raw.get(r).start() <= k;
                if (!covered) {
                    all.add(new Mention(p, k, e, plural(body, k, e)));
                }
            }
            k = e;
        }
        return all;
    }

    /** The last of the words {@code name.split(" ")} gives, without the array (this runs for every mention). */
    static String lastWord(String name) {
        int e = name.length();
        while (e > 0 && name.charAt(e - 1) == ' ') {
            e--; // split drops trailing empty strings
        }
        if (e == 0) {
            String[] t = name.split(" ");
            return t[t.length - 1]; // "" for "", and split's own failure for all spaces
        }
        return name.substring(name.lastIndexOf(' ', e - 1) + 1, e);
    }

    /** {@code name.split(" ").length}, counted. */
    static int wordCount(String name) {
        int e = name.length();
        while (e > 0 && name.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == 0) {
            return name.split(" ").length;
        }
        int count = 1;
        for (int i = 0; i < e; i++) {
            if (name.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    private static Person merge(Person primary, Person other) {
        if (other == null) {
            return primary;
        }
        String title = primary.title().isEmpty() ? other.title() : primary.title();
        Entity aff = primary.affiliation() != null ? primary.affiliation() : other.affiliation();
        return new Person(primary.name(), title, aff);
    }

    private static Mention covering(List<Mention> raw, int pos) {
        for (Mention m : raw) {
            if (pos >= m.start() && pos < m.end()) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> NOT_NAME_ENDS = Words.fromResource("extract/not-name-words.txt");

    private static final Set<String> PARTICLES = Words.fromResource("extract/name-particles.txt");

    /** Adds the word [start, end) to the pending phrase. */
    private void addToPhrase(int start, int end) {
        if (phraseWords == phraseStarts.length) {
            phraseStarts = Arrays.copyOf(phraseStarts, phraseWords * 2);
            phraseEnds = Arrays.copyOf(phraseEnds, phraseWords * 2);
        }
        phraseStarts[phraseWords] = start;
        phraseEnds[phraseWords] = end;
        phraseWords++;
    }

    /** Ends the pending phrase: if it holds a capitalised word it is a candidate name. */
    private void flush(List<Mention> raw) {
        if (phraseWords == 0) {
            return; // most words end no candidate: nothing to clear
        }
        // particles cannot end a name
        while (phraseWords > 0 && PARTICLE_TABLE.contains(body, phraseStarts[phraseWords - 1], phraseEnds[phraseWords - 1])) {
            phraseWords--;
        }
        boolean capital = false;
        for (int w = 0; w < phraseWords; w++) {
            capital |= Character.isUpperCase(body.charAt(phraseStarts[w]));
        }
        if (capital) {
            int s = phraseStarts[0];
            int e = phraseEnds[phraseWords - 1];
            addCandidate(raw, parser, body.substring(s, e), s, body);
        }
        phraseWords = 0;
    }

    /** The characters {@code ,;:!?)]"”’'—} that trail a word and are not part of a name. */
    private static boolean isTrailingPunctuation(char c) {
        switch (c) {
            case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '"': case '”': case '’':
            case '\'': case '—':
                return true;
            default:
                return false;
        }
    }

    private static final WordTable PARTICLE_TABLE = new WordTable(PARTICLES);

    private static boolean isCap(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NameParser.STOP.contains(w);
    }

    private static boolean isParticle(String[] words, int j) {
        String w = words[j];
        return (w.equals("de") || w.equals("al") || w.equals("bin") || w.equals("van") || w.equals("von")
                || w.equals("da") || w.equals("del") || w.equals("der") || w.equals("ibn"))
                && j + 1 < words.length && isCap(words[j + 1]) && j > 0 && isCap(words[j - 1]);
    }

    private final Map<String, NameParser.Parsed> parsed = new HashMap<>();

    /** Stands for a phrase that names no person in {@link #verdicts}. */
    private static final String REJECTED = new String("rejected");

    /** Each distinct phrase's verdict: the parsed name's first word, or {@link #REJECTED}. */
    private final Map<String, String> verdicts = new HashMap<>();

    private void addCandidate(List<Mention> raw, NameParser parser, String seg, int start, String body) {
        // the same names recur in an article: parse and judge each distinct phrase once
        String first = verdicts.get(seg);
        if (first == null) {
            first = verdict(parser, seg);
            verdicts.put(seg, first);
        }
        if (first == REJECTED) {
            return;
        }
        NameParser.Parsed p = parsed.get(seg);
        int end = start + seg.length();
        int nameStart = body.indexOf(first, start);
        if (nameStart < 0 || nameStart >= end) {
            nameStart = start; // the parsed name's first word can be rewritten ("Clinton's"): keep the segment
        }
        raw.add(new Mention(new Person(p.name(), p.title(), p.affiliation()), Math.max(start, nameStart), end,
                plural(body, start, end)));
    }

    /** The first word of the person's name the phrase gives, or {@link #REJECTED} when it names no person. */
    private String verdict(NameParser parser, String seg) {
        if (isLoneWord(seg) && titles.match(List.of(seg), 0) == 0) {
            // the parser keeps a lone word as a one-word name or drops it; only a title it opens ("Senator")
            // could make that a person, and the parse (a memo look-up or a full parse) costs far more than this
            return REJECTED;
        }
        NameParser.Parsed p = parsed.computeIfAbsent(seg, parser::parse);
        if (p.organisation() || !p.hasName()) {
            return REJECTED;
        }
        String[] t = p.name().split(" ");
        if (t.length > 4 || (t.length < 2 && p.title().isEmpty())) {
            return REJECTED;
        }
        boolean allTitle = true;
        for (String x : t) {
            allTitle &= titles.isTitleWord(x);
        }
        if (allTitle) {
            // "Prime Minister" cut off from its name (by a quote mark, a line end): a role, not a person
            return REJECTED;
        }
        for (String x : t) {
            if (x.length() < 2 && !x.endsWith(".")) {
                return REJECTED;
            }
            if (x.equals("United") || x.equals("Republic") || x.equals("People's") || x.equals("National")
                    || x.equals("Democratic") || x.equals("State") || x.equals("North") || x.equals("South")
                    || x.equals("East") || x.equals("West") || x.equals("New") || x.equals("Union")) {
                return REJECTED;
            }
        }
        if (p.title().isEmpty() && NOT_NAME_ENDS.contains(t[t.length - 1].toLowerCase(Locale.ROOT))) {
            return REJECTED; // "Election Day", "Zion Museum": events and places, not people
        }
        if (p.title().isEmpty() && parser.containsPlace(p.name())) {
            return REJECTED; // "Eastern Ukraine", "East Texas": places, not people
        }
        return t[0];
    }

    /** Only ASCII letters: the name parser reads the phrase as one token. */
    static boolean isLoneWord(String seg) {
        for (int k = 0; k < seg.length(); k++) {
            char c = seg.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return !seg.isEmpty();
    }

    private static boolean plural(String body, int s, int e) {
        String after = body.substring(e, Math.min(body.length(), e + 6));
        String before = body.substring(Math.max(0, s - 5), s);
        return after.startsWith(" and ") && after.length() > 5 && Character.isUpperCase(after.charAt(5))
                || before.endsWith(" and ") && s > 6 && Character.isLetter(body.charAt(s - 6));
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The person with this surname (fullest form in the article), or null. */
    Person bySurname(String surname) {
        return bySurname.get(surname);
    }

    /**
     * The antecedent for a pronoun at {@code pos}: the subject-most (first) person of the last sentence in
     * [from, pos) that names one outside quotes, so that people named inside quoted words, in relative clauses
     * or after the subject ("X, who met President Y, said") do not win. Null if none.
     */
    Person lastBefore(int pos, int from, List<Span> quoted, List<Span> sentences) {
        Mention last = null;
        // mentions are in text order: walk back from the last one before pos, no further than from
        for (int j = firstFrom(pos) - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (m.start() < from) {
                break;
            }
            // a possessive ("Weiss's decision") is seldom the one who goes on speaking
            if (!m.plural() && !inside(quoted, m.start()) && !possessive(m)) {
                last = m;
                break;
            }
        }
        if (last == null) {
            return null;
        }
        Span sent = null;
        for (Span s : sentences) {
            if (s.contains(last.start())) {
                sent = s;
                break;
            }
        }
        if (sent == null) {
            return last.person();
        }
        // "Standing beside Ana Weiss, Karl Brandt warned …": people in an opening phrase are not the subject
        int subjectFrom = sent.start();
        int comma = body.indexOf(',', sent.start());
        if (comma > 0 && comma < last.start() && OPENER.matcher(body).region(sent.start(), comma).lookingAt()) {
            subjectFrom = comma;
        }
        for (int j = firstFrom(Math.max(subjectFrom, from)); j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (!m.plural() && !inside(quoted, m.start()) && !possessive(m)) {
                return m.person();
            }
        }
        return last.person();
    }

    /** Index of the first mention starting at or after {@code pos} (mentions are sorted by start). */
    private int firstFrom(int pos) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Sentence openers that put a phrase before the subject ("After …,", "Standing beside …,"). */
    private static final Pattern OPENER = Pattern.compile(
            "(?:After|Before|Alongside|Beside|Besides|Unlike|Like|With|Without|Despite|During|Following|Asked|"
                    + "Speaking|Standing|Responding|Addressing|Meeting|Writing|Since|When|While|As|In|At|On)\\b");

    private boolean possessive(Mention m) {
        int e = m.end();
        if (e - m.start() < 2 || e > body.length()) {
            return false;
        }
        return body.charAt(e - 1) == 's' && (body.charAt(e - 2) == '\'' || body.charAt(e - 2) == '’')
                || (e + 1 < body.length() && (body.charAt(e) == '\'' || body.charAt(e) == '’') && body.charAt(e + 1) == 's');
    }

    /** The person named by a mention ending exactly at {@code end} (possessive or not), or null. */
    Person endingAt(int end) {
        for (Mention m : mentions) {
            if (m.start() >= end) {
                break;
            }
            if (m.end() == end) {
                return m.person();
            }
        }
        return null;
    }

    /** The person an introduced nickname stands for ("known as AW"), or null. */
    Person byAlias(String alias) {
        return aliases.get(alias);
    }

    private static boolean inside(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (s.contains(pos)) {
                return true;
            }
        }
        return false;
    }

    /** The last person before {@code pos} serving the state ({@code affiliation}), or null. */
    Person lastServing(int pos, Entity affiliation) {
        Person best = null;
        for (Mention m : mentions) {
            if (m.start() >= pos) {
                break;
            }
            if (affiliation.equals(m.person().affiliation()) && !m.person().title().isEmpty()) {
                best = m.person();
            }
        }
        return best;
    }

    /** The last person before {@code pos} whose title contains the role word ("president"), or null. */
    Person lastWithRole(int pos, String role) {
        Person best = null;
        for (Mention m : mentions) {
            if (m.start() >= pos) {
                break;
            }
            if (holdsRole(m.person().title(), role)) {
                best = m.person();
            }
        }
        return best;
    }

    /**
     * The title names the role as whole words ("Foreign Minister" holds "minister"; "Presidential Candidate" does
     * not hold "president"), and a deputy's title holds only a deputy's role ("Vice President" is not "the
     * president").
     */
    static boolean holdsRole(String title, String role) {
        String t = title.toLowerCase(Locale.ROOT);
        int at = t.indexOf(role);
        while (at >= 0) {
            int end = at + role.length();
            if ((at == 0 || t.charAt(at - 1) == ' ') && (end == t.length() || t.charAt(end) == ' ')) {
                return !((t.startsWith("vice ") || t.startsWith("deputy ")) && !role.startsWith(t.substring(0, 4)));
            }
            at = t.indexOf(role, at + 1);
        }
        return false;
    }

    /** The person with this role anywhere in the article (for a role mentioned before the name). */
    Person anyWithRole(String role) {
        for (Mention m : mentions) {
            if (holdsRole(m.person().title(), role)) {
                return m.person();
            }
        }
        return null;
    }
}

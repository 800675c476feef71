package org.recognitionetl.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns source phrases into speakers: names to the fullest form the article gives, titles stripped;
 * pronouns and role nouns to the current speaker or the nearest earlier compatible person; anonymous sources
 * ("officials") to no speaker; organisations kept as named.
 */
final class SpeakerResolver {
    private static final List<String> ROLES = Words.listFromResource("extract/speaker-roles.txt");
    private static final Set<String> ANONYMOUS = Words.fromResource("extract/anonymous-sources.txt");

    /** Plural groups ("the Palestinians", "Republicans", "students"): a crowd, not an identifiable source. */
    private static final Set<String> GROUPS = Words.fromResource("extract/group-nouns.txt");

    /** Anonymous heads that, owned by one state ("Freedonia's top diplomat"), name a single office holder. */
    private static final Set<String> SINGULAR_ROLES = Words.set("official", "diplomat", "aide", "envoy");

    private final NameParser parser;
    private final Gazetteer gazetteer;

    SpeakerResolver(NameParser parser, Gazetteer gazetteer) {
        this.parser = parser;
        this.gazetteer = gazetteer;
    }

    /** Per-article state: the current speaker and where the last quote ended. */
    final class Session {
        private final PersonIndex people;
        private final Map<String, Speaker> byName = new HashMap<>();
        private Speaker current;
        private List<Span> quoted = List.of();
        private List<Span> sentences = List.of();

        /** Quoted spans (never antecedents) and sentences (to find subjects) of the article. */
        void context(List<Span> quoted, List<Span> sentences) {
            this.quoted = quoted;
            this.sentences = sentences;
        }
        private int currentEnd = -1;

        Session(PersonIndex people) {
            this.people = people;
        }

        Speaker current(int pos, String body) {
            // a run of quotes belongs to one speaker only while it continues within a few paragraphs
            if (current == null || currentEnd < 0) {
                return null;
            }
            int paragraphs = 0;
            for (int i = currentEnd; i < pos && i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    paragraphs++;
                }
            }
            return paragraphs <= 2 ? current : null;
        }

        /** Organisations quoted so far, in order, for "the ministry" and the like. */
        private final List<Speaker> organisations = new java.util.ArrayList<>();

        void setCurrent(Speaker s, int end) {
            if (s != null && isOrganisation(s)) {
                organisations.remove(s);
                organisations.add(s);
            }
            current = s;
            currentEnd = end;
        }

        /** Resolves a source phrase at {@code pos}; {@code unresolvedPronoun[0]} is set if a pronoun found no antecedent. */
        Speaker resolve(Attribution a, int pos, String body, boolean[] unresolvedPronoun) {
            Speaker labelled = label(pos, body);
            if (labelled != null) {
                return labelled;
            }
            if (a.inherits()) {
                return current(pos, body);
            }
            String phrase = a.phrase().strip();
            if (phrase.isEmpty()) {
                return null;
            }
            String lower = phrase.toLowerCase(Locale.ROOT);
            if (lower.equals("he") || lower.equals("she") || lower.equals("i")) {
                Speaker cur = current(pos, body);
                PersonIndex.Person p = people.lastBefore(a.phraseStart(), 0, quoted, sentences);
                // the current speaker, unless another person has been named since that speaker's last quote
                if (cur != null && !isOrganisation(cur)) {
                    PersonIndex.Person since = people.lastBefore(a.phraseStart(), currentEnd, quoted, sentences);
                    if (since == null || since.name().equals(cur.name())) {
                        return cur;
                    }
                    return intern(since.name(), since.title(), since.affiliation());
                }
                if (p != null) {
                    return intern(p.name(), p.title(), p.affiliation());
                }
                unresolvedPronoun[0] = true;
                return null;
            }
            if (lower.equals("we") || lower.equals("they") || lower.equals("it")) {
                Speaker cur = current(pos, body);
                return cur != null && (isOrganisation(cur) || lower.equals("we")) ? cur : null;
            }
            // "Ana Weiss toured Freedonia in May, saying, …": before a participle cue the phrase found may be the
            // object of the main verb; the speaker is the subject of the sentence
            if (a.cue().endsWith("ing") && (objectPosition(a.phraseStart(), body)
                    || afterPreposition(a.phraseStart(), body))) {
                PersonIndex.Person subject = people.lastBefore(a.phraseStart(), sentenceStart(a.phraseStart()),
                        quoted, sentences);
                if (subject != null) {
                    return intern(subject.name(), subject.title(), subject.affiliation());
                }
            }
            // "Ana Weiss criticized Freedonia and said": the phrase caught the object of a coordinated verb; the
            // speaker is the subject of the sentence
            if (lower.endsWith(" and") || lower.equals("and")) {
                PersonIndex.Person subject = people.lastBefore(a.phraseStart(), sentenceStart(a.phraseStart()),
                        quoted, sentences);
                return subject == null ? null : intern(subject.name(), subject.title(), subject.affiliation());
            }
            // "Ana Weiss, D-Calif., said", "Ana Weiss (D) of Vermont said": a party and home state tag stands
            // beside the person, it is not the source
            PersonIndex.Person tagged = taggedPerson(a, body);
            if (tagged != null) {
                return intern(tagged.name(), tagged.title(), tagged.affiliation());
            }
            // "Leaders in Freedonia said", "critics of Freedonia argued": a state after a preposition is the tail of
            // a longer subject the phrase lost, mostly a crowd or an anonymous source, never the state itself
            if (afterPreposition(a.phraseStart(), body) && gazetteerCovers(phrase.replaceFirst("^(?i:the)\\s+", ""))) {
                return null;
            }
            // joint speakers "A and B": naming the first is right
            int and = phrase.indexOf(" and ");
            if (and > 0 && Character.isUpperCase(phrase.charAt(and + 5))) {
                phrase = phrase.substring(0, and);
            }
            String head = lower.replaceAll(".*\\s", "");
            NameParser.Parsed parsed = parser.parse(phrase);
            // "Del. Ana Weiss", "Rep. A.B. Weiss": the phrase stopped at an abbreviation's period that did not end
            // the sentence; the name goes on after it
            int phraseEnd = a.phraseStart() + a.phrase().length();
            boolean dottedTitle = phraseEnd < body.length() && body.charAt(phraseEnd) == '.'
                    && phrase.indexOf(' ') < 0 && !parser.parse(phrase + ".").title().isEmpty();
            if ((!parsed.hasName() && !parsed.title().isEmpty()) || dottedTitle || endsWithInitial(parsed.name())) {
                Matcher m = NAME_AFTER.matcher(body).region(Math.min(body.length(), a.phraseStart() + a.phrase().length()),
                        Math.min(body.length(), a.phraseStart() + a.phrase().length() + 60));
                if (m.lookingAt()) {
                    NameParser.Parsed wider = parser.parse(phrase + ". " + m.group(1));
                    if (wider.hasName() && !wider.organisation()) {
                        parsed = wider;
                        phrase = phrase + ". " + m.group(1);
                    }
                }
            }
            // "Freedonia's president, Ana Weiss, said", "a senior official, Ana Weiss, said": the name in the
            // appositive is the source, not the role
            if (!parsed.hasName() || parsed.organisation() || parsed.name().indexOf(' ') < 0) {
                boolean bareState = false;
                if (parsed.hasName() && !parsed.organisation()) {
                    List<Gazetteer.Mention> ms = gazetteer.find(parsed.name(), 0, parsed.name().length());
                    bareState = ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == parsed.name().length();
                }
                NameParser.Parsed named = appositive(body, a.phraseStart() + a.phrase().length(), bareState);
                if (named != null) {
                    parsed = named;
                    phrase = named.name();
                    lower = phrase.toLowerCase(Locale.ROOT);
                    head = lower.replaceAll(".*\\s", "");
                }
            }
            // "Officials said", "Kremlin officials said": a plural or anonymous head is nobody in particular,
            // except one state's single office holder ("Freedonia's top diplomat said")
            if (ANONYMOUS.contains(head) || GROUPS.contains(head)) {
                PersonIndex.Person holder = SINGULAR_ROLES.contains(head) && parsed.affiliation() != null
                        && (lower.contains("'s ") || lower.contains("’s "))
                        ? people.lastServing(a.phraseStart(), parsed.affiliation()) : null;
                return holder == null ? null : intern(holder.name(), holder.title(), holder.affiliation());
            }
            // "the ministry said" after "Freedonia's Foreign Ministry said": the organisation named before
            // (a sentence may open with it: "The administration argues")
            if (parsed.organisation() && (phrase.equals(lower) || phrase.startsWith("The ") && phrase.substring(1)
                    .equals(lower.substring(1))) && lower.indexOf(' ') == lower.lastIndexOf(' ')) {
                Speaker org = lastOrganisation(head, a.phraseStart(), body);
                if (org != null) {
                    return org;
                }
            }
            if (parsed.organisation() && (lower.startsWith("a ") || lower.startsWith("an "))
                    && COMMON_WORD.matcher(phrase.substring(phrase.indexOf(' '))).find()) {
                // "a Freedonian news agency said": an indefinite body described by common nouns is an anonymous
                // source ("a New York Times report" still names its paper)
                return null;
            }
            if (parsed.organisation()) {
                // "the ministry" names no particular body: better no speaker than a speaker called "ministry"
                return parsed.name().chars().anyMatch(Character::isUpperCase)
                        ? intern(parsed.name(), "", parsed.affiliation()) : null;
            }
            if (!parsed.hasName()) {
                String last = lower.replaceAll(".*\\s", "");
                if (ANONYMOUS.contains(last)) {
                    return null;
                }
                // "Ana Weiss, the foreign minister of Portugal, said": the person the role stands beside
                PersonIndex.Person beside = people.endingAt(a.phraseStart() - 2);
                int roleEnd = a.phraseStart() + a.phrase().length();
                // commas on both sides: an appositive ("X, the minister, said"), not an opening phrase's end
                if (beside != null && a.phraseStart() >= 2 && body.startsWith(", ", a.phraseStart() - 2)
                        && roleEnd < body.length() && body.charAt(roleEnd) == ',' && !parsed.title().isEmpty()) {
                    return intern(beside.name(), beside.title(), beside.affiliation());
                }
                // the role is the parsed title where the phrase goes on ("the foreign minister of Portugal")
                String roleText = parsed.title().isEmpty() ? lower : parsed.title().toLowerCase(Locale.ROOT);
                for (String role : ROLES) {
                    if (roleText.endsWith(role)) {
                        PersonIndex.Person p = people.lastWithRole(a.phraseStart(), role);
                        if (p == null) {
                            p = people.anyWithRole(role);
                        }
                        if (p != null) {
                            return intern(p.name(), p.title(), p.affiliation());
                        }
                        // no titled person: a role noun refers back like a pronoun ("the P.A. leader said")
                        return resolve(new Attribution("he", a.phraseStart(), a.cue()), pos, body, new boolean[1]);
                    }
                }
                return null;
            }
            // a state speaking ("Kazakhstan said") is an organisation-like source named by the state
            List<Gazetteer.Mention> ms = gazetteer.find(parsed.name(), 0, parsed.name().length());
            if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == parsed.name().length()) {
                // the state under the name the article uses ("Beijing", "the White House", "the US"): the
                // capital or seat speaking is the government, and gold and readers keep the article's word
                Entity e = ms.get(0).entity();
                return intern(ms.get(0).form() == Gazetteer.Form.DEMONYM ? e.name() : parsed.name(), "", e);
            }
            PersonIndex.Person nick = people.byAlias(parsed.name());
            if (nick != null) {
                return intern(nick.name(), nick.title(), nick.affiliation());
            }
            String[] t = parsed.name().split(" ");
            PersonIndex.Person p = people.bySurname(t[t.length - 1]);
            // "Mr. Holt" is not the "Mrs. Anna Holt" named before: an honorific of the other sex blocks the merge
            if (p != null && containsAll(p.name(), t) && !otherSex(parsed.title(), p.title())) {
                String title = parsed.title().isEmpty() ? p.title() : parsed.title();
                if (!p.title().isEmpty()) {
                    title = p.title();
                }
                return intern(p.name(), title, parsed.affiliation() != null ? parsed.affiliation() : p.affiliation());
            }
            if (Character.isLowerCase(parsed.name().charAt(0)) && !LOWER_PARTICLE.matcher(parsed.name()).lookingAt()) {
                return null; // "the top of the agenda": a lowercase phrase is no name
            }
            return intern(parsed.name(), parsed.title(), parsed.affiliation());
        }

        /**
         * The speaker named by a transcript label opening the quoted words ("PENCE: Well, …"), or null. Labels are
         * shouted words or the surname of a person the article names.
         */
        private Speaker label(int pos, String body) {
            if (pos < 0) {
                return null;
            }
            Matcher m = LABEL.matcher(body).region(pos, Math.min(body.length(), pos + 40));
            if (!m.lookingAt()) {
                return null;
            }
            String label = m.group(1);
            boolean shouted = label.equals(label.toUpperCase(Locale.ROOT));
            String[] words = label.split(" ");
            String last = words[words.length - 1];
            String surname = shouted ? last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT) : last;
            PersonIndex.Person p = people.bySurname(surname);
            if (p != null) {
                return intern(p.name(), p.title(), p.affiliation());
            }
            if (!shouted || NameParser.STOP.contains(surname)) {
                return null;
            }
            StringBuilder name = new StringBuilder();
            for (String w : words) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
            return intern(name.toString(), "", null);
        }

        private int sentenceStart(int pos) {
            for (Span s : sentences) {
                if (s.contains(pos)) {
                    return s.start();
                }
            }
            return 0;
        }

        /** The person a party tag ("R-Tenn.") or "(R) of Tennessee" phrase stands beside, or null. */
        private PersonIndex.Person taggedPerson(Attribution a, String body) {
            int start = a.phraseStart();
            if (PARTY_TAG.matcher(a.phrase().strip()).matches()) {
                return start >= 2 && body.startsWith(", ", start - 2) ? people.endingAt(start - 2) : null;
            }
            // "Ana Weiss, an aide who went with her to Freedonia, said": the phrase ends an appositive clause
            // that opened right after a person's name; that person is the source
            int phraseEnd = start + a.phrase().length();
            int next = body.indexOf(',', phraseEnd);
            if (next >= 0 && next - phraseEnd < 25 && body.substring(phraseEnd, next).indexOf('.') < 0) {
                int c = body.lastIndexOf(',', start - 1);
                if (c > 0 && start - c < 120 && start - c >= 2
                        && Character.isLowerCase(firstLetter(body, c + 1, phraseEnd))
                        && body.substring(c, start).indexOf('.') < 0) {
                    int e = c;
                    if (body.charAt(e - 1) == ')') { // "Ana Weiss (D-Vt.), chair of …"
                        int open = body.lastIndexOf('(', e - 1);
                        e = open > 0 && e - open < 14 ? open - 1 : e;
                    }
                    PersonIndex.Person p = people.endingAt(e);
                    if (p != null) {
                        return p;
                    }
                }
            }
            // "Ana Weiss, 59, of Ashton, Md., said": the home town stands beside the person
            Matcher home = HOME_TOWN_BEFORE.matcher(body).region(Math.max(0, start - 60), start);
            if (home.find()) {
                PersonIndex.Person p = people.endingAt(home.start());
                if (p != null) {
                    return p;
                }
            }
            Matcher m = HOME_STATE_BEFORE.matcher(body).region(Math.max(0, start - 24), start);
            if (!m.find() || !Character.isUpperCase(a.phrase().strip().charAt(0)) || a.phrase().indexOf(' ') >= 0
                    && !gazetteerCovers(a.phrase().strip())) {
                return null;
            }
            return people.endingAt(m.start());
        }

        /** A lowercase verb right before {@code start} ("visiting the US"): the phrase is an object, not a subject. */
        private boolean objectPosition(int start, String body) {
            Matcher m = VERB_BEFORE.matcher(body).region(Math.max(0, start - 20), start);
            return m.find() && !NOT_VERBS.contains(m.group(1).toLowerCase(Locale.ROOT));
        }

        private boolean afterPreposition(int start, String body) {
            Matcher m = PREPOSITION_BEFORE.matcher(body).region(Math.max(0, start - 12), start);
            return m.find();
        }

        private char firstLetter(String body, int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.isLetter(body.charAt(i))) {
                    return body.charAt(i);
                }
            }
            return 'A';
        }

        private boolean gazetteerCovers(String s) {
            List<Gazetteer.Mention> ms = gazetteer.find(s, 0, s.length());
            return ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == s.length();
        }

        /** The organisation whose name ends in {@code head} ("ministry") named last before {@code pos}, or null. */
        private Speaker lastOrganisation(String head, int pos, String body) {
            // an organisation already quoted comes first: "The Freedonian foreign ministry said …"
            for (int k = organisations.size() - 1; k >= 0; k--) {
                Speaker o = organisations.get(k);
                if (o.name().toLowerCase(Locale.ROOT).endsWith(head)) {
                    return o;
                }
            }
            Pattern p = ORG_BY_HEAD.computeIfAbsent(head, h -> Pattern.compile(
                    "(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,4}(?i:" + Pattern.quote(h) + ")\\b"));
            Matcher m = p.matcher(body).region(Math.max(0, pos - 3000), Math.max(0, pos));
            String found = null;
            while (m.find()) {
                found = m.group();
            }
            if (found == null) {
                return null;
            }
            NameParser.Parsed parsed = parser.parse(found);
            if (!parsed.organisation()) {
                return null;
            }
            String name = parsed.name();
            Speaker known = byName.get(name);
            return known != null ? known : intern(name, "", parsed.affiliation());
        }

        private Speaker intern(String name, String title, Entity affiliation) {
            Speaker old = byName.get(name);
            if (old != null) {
                return old;
            }
            Speaker s = new Speaker(name, title == null ? "" : title, affiliation);
            byName.put(name, s);
            return s;
        }
    }

    /** ", Ana Weiss," or ", Ana Weiss said" right after a source phrase: a person's name in apposition. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.\\-]*|(?:al|el|bin|ibn|de|van|von)(?:-\\p{Lu}[\\p{L}'’.\\-]*)?)"
                    + "(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|(?:al|el|bin|ibn|de|van|von)(?:-\\p{Lu}[\\p{L}'’.\\-]*)?)){1,3})"
                    + "(?:,|\\s+\\(|\\s+(?=\\p{Ll}))");

    /** A US party and state tag: "R-Tenn.", "D-S.C.", "I-Vt". */
    private static final Pattern PARTY_TAG = Pattern.compile("\\(?[RDI]-\\p{Lu}[\\p{L}.]*\\)?");

    /** What stands between a name and its home state: " (R) of ", " of ". */
    private static final Pattern HOME_STATE_BEFORE = Pattern.compile("(?:\\s\\([RDI]\\))?\\s+of\\s+$");

    /** A lowercase word ending in a verb form right before a source phrase ("visiting the US"). */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(\\p{Ll}+(?:ing|ed))\\s+(?:the\\s+)?$");
    private static final Set<String> NOT_VERBS = Words.set("during", "following", "according", "including",
            "regarding", "concerning", "speaking");

    /** ", 59, of Ashton, " or ", of " between a person's name and the home town or state the phrase caught. */
    private static final Pattern HOME_TOWN_BEFORE = Pattern.compile(
            ",(?:\\s*\\d{1,3},)?\\s+of\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,2},\\s+)?$");

    /** A lower-case word other than a name's function words. */
    private static final Pattern COMMON_WORD = Pattern.compile("\\s(?!(?:of|the|and|for)\\b)\\p{Ll}");

    /** Name particles that may open a name in lower case ("al-Habib", "de Souza", "bin Salman"). */
    private static final Pattern LOWER_PARTICLE = Pattern.compile(
            "(?:al|el|bin|ibn|de|da|di|du|van|von|der|le|la|ben|abu|ter)(?:[-\\s'’])");

    /** A preposition right before a source phrase: the phrase is the tail of a longer noun phrase. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?:in|of|toward|towards|with|from|for|against|about|on|at)\\s+$");

    /** A transcript label: one to three capitalised words and a colon opening the quoted words. */
    private static final Pattern LABEL = Pattern.compile("(\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,2}):\\s");

    /** The name that follows an abbreviation's period: ". Ana Weiss". */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "\\.?\\s((?:\\p{Lu}[\\p{L}'’\\-]+)(?:\\s\\p{Lu}[\\p{L}'’\\-]+){0,2})");

    private static boolean endsWithInitial(String name) {
        int sp = name.lastIndexOf(' ');
        String last = name.substring(sp + 1).replace(".", "");
        return !last.isEmpty() && last.length() <= 2 && last.chars().allMatch(Character::isUpperCase);
    }

    private static final Map<String, Pattern> ORG_BY_HEAD = new java.util.concurrent.ConcurrentHashMap<>();

    private NameParser.Parsed appositive(String body, int end, boolean organisationToo) {
        if (end <= 0 || end >= body.length() || body.charAt(end) != ',') {
            return null;
        }
        Matcher m = APPOSITIVE.matcher(body).region(end, Math.min(body.length(), end + 80));
        if (!m.lookingAt()) {
            return null;
        }
        NameParser.Parsed p = parser.parse(m.group(1));
        if (p.organisation() && organisationToo) {
            return p; // "a militia backed by Freedonia, the Harbour Brigades, said"
        }
        if (!p.hasName() || p.organisation() || p.name().indexOf(' ') < 0 || parser.containsPlace(p.name())) {
            return null;
        }
        return p;
    }

    Session session(PersonIndex people) {
        return new Session(people);
    }

    static boolean isOrganisation(Speaker s) {
        for (String w : s.name().toLowerCase(Locale.ROOT).split("[\\s']+")) {
            if (NameParser.ORG_WORDS.contains(w)) {
                return true;
            }
        }
        return s.affiliation() != null && s.affiliation().name().equals(s.name());
    }

    private static boolean otherSex(String a, String b) {
        int x = sex(a);
        int y = sex(b);
        return x != 0 && y != 0 && x != y;
    }

    /** 1 for "Mr.", 2 for "Mrs."/"Ms."/"Miss", 0 otherwise. */
    private static int sex(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        if (t.equals("mr")) {
            return 1;
        }
        return t.equals("mrs") || t.equals("ms") || t.equals("miss") ? 2 : 0;
    }

    private static boolean containsAll(String full, String[] tokens) {
        List<String> f = List.of(full.split(" "));
        for (String t : tokens) {
            if (!f.contains(t)) {
                return false;
            }
        }
        return true;
    }
}

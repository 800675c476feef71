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
            return resolve(a, pos, body, unresolvedPronoun, true);
        }

        /** {@code readSubject} false: a pronoun stood in for a role noun, to be resolved as a pronoun only. */
        private Speaker resolve(Attribution a, int pos, String body, boolean[] unresolvedPronoun, boolean readSubject) {
            Speaker labelled = label(pos, body);
            if (labelled != null) {
                return labelled;
            }
            if (a.inherits()) {
                // a person introduced as the subject of the sentence right before, with no quote since, speaks
                // next (like "he" after a newly named person); otherwise the current speaker goes on
                Speaker introduced = introducedBefore(pos, body);
                return introduced != null ? introduced : current(pos, body);
            }
            String phrase = a.phrase().strip();
            if (phrase.isEmpty()) {
                // "… candidate Ana Weiss who told the host, “…”": the person the relative clause hangs on
                Matcher who = TrailingWord.endsWithWordAndSpace(body, Math.max(0, a.phraseStart()), "who")
                        ? WHO_BEFORE.matcher(body).region(Math.max(0, a.phraseStart() - 12), Math.max(0, a.phraseStart()))
                        : null;
                if (who != null && who.find()) {
                    PersonIndex.Person p = people.endingAt(who.start());
                    if (p != null) {
                        return intern(p.name(), p.title(), p.affiliation());
                    }
                }
                return null;
            }
            String lower = phrase.toLowerCase(Locale.ROOT);
            if (readSubject && (lower.equals("he") || lower.equals("she"))
                    && !body.regionMatches(true, a.phraseStart(), lower, 0, lower.length())) {
                // "Some leaders took a softer line and said", "Russia shows no sign of it, suggesting": the finder
                // stood in a pronoun for a subject it did not read; the subject of the sentence is the source
                Subject subject = subjectBefore(a.phraseStart(), body, a.cue());
                if (subject != null) {
                    return subject.speaker();
                }
            }
            if (readSubject && (lower.equals("he") || lower.equals("she"))) {
                // "The minister arrived late. “…,” he said.": a role noun as the last sentence's subject is the
                // antecedent, whoever else that sentence names
                Speaker role = roleSubjectBefore(a.phraseStart(), body, a.cue());
                if (role != null) {
                    return role;
                }
            }
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
            int phraseEnd0 = a.phraseStart() + a.phrase().length();
            if (a.cue().endsWith("ing") && !SUBJECT_PRONOUNS.contains(lower) && !progressive(body, pos, a)
                    && !body.substring(phraseEnd0, Math.max(phraseEnd0, Math.min(body.length(), pos))).isBlank()
                    && !adjacentToCue(body, phraseEnd0, a.cue())) {
                // "Republicans, unlike Ana Weiss, kept quiet, saying": a participle's subject is the sentence's
                // (but "with Ana Weiss saying" has its own)
                Subject subject = subjectBefore(a.phraseStart(), body, a.cue());
                if (subject != null && subject.start() < a.phraseStart()) {
                    return subject.speaker();
                }
            }
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
            if (afterPreposition(a.phraseStart(), body) && gazetteerCovers(NameParser.withoutLeadingThe(phrase))) {
                return null;
            }
            // "aides travelling with the minister suggest", "exiles in Babylon said": the phrase ends a longer
            // subject whose head, before the preposition, is a crowd or an anonymous source
            Matcher crowd = TrailingWord.endsWithWordAndSpace(body, a.phraseStart(), CROWD_PREPOSITIONS)
                    ? CROWD_BEFORE_PREPOSITION.matcher(body).region(Math.max(0, a.phraseStart() - 40), a.phraseStart())
                    : null;
            if (crowd != null && crowd.find() && isCrowd(crowd.group(1).toLowerCase(Locale.ROOT))) {
                return null;
            }
            // joint speakers "A and B": naming the first is right
            int and = phrase.indexOf(" and ");
            if (and > 0 && (Character.isUpperCase(phrase.charAt(and + 5)) || JOINED_ENTOURAGE.matcher(phrase)
                    .region(and + 5, phrase.length()).lookingAt())) {
                // "Ana Weiss and her advisers": the named person speaks for her entourage
                phrase = phrase.substring(0, and);
                lower = phrase.toLowerCase(Locale.ROOT);
            }
            String head = lastWordOf(lower);
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
                    head = lastWordOf(lower);
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
                String last = lastWordOf(lower);
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
                        return resolve(new Attribution("he", a.phraseStart(), a.cue()), pos, body, new boolean[1], false);
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
         * "Former director Ana Weiss went further and accused the board of negligence.\n“…”": marked words on their
         * own right after a sentence whose subject is a person, with no quote since, are that person's. Null if
         * the sentence before names no person as its subject.
         */
        private Speaker introducedBefore(int pos, String body) {
            int own = sentenceStart(pos);
            Span prev = null;
            for (Span s : sentences) {
                if (s.end() > own) {
                    break;
                }
                prev = s;
            }
            if (prev == null || prev.end() <= currentEnd || inside(quoted, prev.start()) || own - prev.end() > 3
                    || quotedAt(prev.end() - 1) != null) {
                return null;
            }
            for (int i = prev.start(); i < prev.end(); i++) {
                if (QUOTE_MARKS.indexOf(body.charAt(i)) >= 0) {
                    return null; // the sentence quotes someone itself
                }
            }
            Subject subject = subjectBefore(Math.min(prev.end(), prev.start() + 200) - 1, body, "");
            if (subject == null || subject.speaker() == null || subject.start() < prev.start()
                    || isOrganisation(subject.speaker())) {
                return null;
            }
            return people.bySurname(lastWord(subject.speaker().name())) != null ? subject.speaker() : null;
        }

        /** A sentence's subject: where it starts and the source it names (null for an anonymous one). */
        private record Subject(int start, Speaker speaker) {
        }

        /**
         * The subject of the sentence holding {@code pos}, read before {@code pos}: at the sentence's start, or
         * after an opening phrase ("On Monday, after the talks, the ministry said"). Only a subject that names a
         * source counts: a pronoun, a person, a state, an organisation, a role ("the president"), or an
         * anonymous or plural head ("Some leaders", "Other Republicans", which give no speaker). Null if none.
         */
        private Subject subjectBefore(int pos, String body, String cue) {
            int from = sentenceStart(pos);
            for (int round = 0; round < 6 && from < pos; round++) {
                // quoted words are never the subject: read on after them
                Span q = quotedAt(from);
                if (q != null) {
                    from = q.end();
                    round--;
                }
                while (from < pos && (Character.isWhitespace(body.charAt(from)) || QUOTE_MARKS.indexOf(body.charAt(from)) >= 0
                        || ",.—–".indexOf(body.charAt(from)) >= 0)) {
                    from++;
                }
                if (from >= pos) {
                    return null;
                }
                int s = from;
                // every conjunction of the regex opens with one of these capitals: most phrases need no matcher
                if ("BAYS".indexOf(body.charAt(s)) >= 0) {
                    Matcher conj = LEADING_CONJUNCTION.matcher(body).region(s, pos);
                    if (conj.lookingAt()) {
                        s = conj.end();
                    }
                }
                int npEnd = subjectPhraseEnd(body, s, pos);
                if (npEnd > s) {
                    Subject subject = readSubject(body.substring(s, npEnd), s, body, cue);
                    if (subject != null) {
                        return subject;
                    }
                }
                int comma = body.indexOf(", ", from);
                if (comma < 0 || comma >= pos) {
                    return null;
                }
                from = comma + 2;
            }
            return null;
        }

        private Span quotedAt(int pos) {
            for (Span q : quoted) {
                if (q.contains(pos)) {
                    return q;
                }
                if (q.start() > pos) {
                    break;
                }
            }
            return null;
        }

        private Subject readSubject(String np, int start, String body, String cue) {
            String lower = np.toLowerCase(Locale.ROOT);
            if (SUBJECT_PRONOUNS.contains(lower)) {
                return new Subject(start, resolve(new Attribution(np, start, cue), start, body, new boolean[1]));
            }
            String head = lower.substring(lower.lastIndexOf(' ') + 1);
            // "Some leaders", "Other Republicans", "Three senators": a plural head is nobody in particular
            boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")
                    && PHRASE_WORDS.contains(head.substring(0, head.length() - 1))
                    && !NameParser.ORG_WORDS.contains(head.substring(0, head.length() - 1));
            if (ANONYMOUS.contains(head) || GROUPS.contains(head) || plural) {
                return new Subject(start, null);
            }
            NameParser.Parsed parsed = parser.parse(np);
            if (parsed.organisation() && parsed.name().chars().anyMatch(Character::isUpperCase)) {
                // "The Weiss administration reacted": the organisation, not the person it is named after
                Speaker s = resolve(new Attribution(np, start, cue), start, body, new boolean[1]);
                return s == null ? null : new Subject(start, s);
            }
            for (PersonIndex.Mention m : people.mentions()) {
                if (m.start() >= start + np.length()) {
                    break;
                }
                if (m.start() >= start && m.end() <= start + np.length() && !m.plural()
                        && !np.startsWith("'s", m.end() - start) && !np.startsWith("’s", m.end() - start)
                        && !np.regionMatches(m.end() - start - 2, "'s", 0, 2)
                        && !np.regionMatches(m.end() - start - 2, "’s", 0, 2)) {
                    return new Subject(start, intern(m.person().name(), m.person().title(), m.person().affiliation()));
                }
            }
            boolean role = !parsed.hasName() && !parsed.title().isEmpty() && roleOf(lower) != null;
            boolean named = gazetteerCovers(NameParser.withoutLeadingThe(np));
            if (!role && !named) {
                return null;
            }
            Speaker s = resolve(new Attribution(np, start, cue), start, body, new boolean[1]);
            return s == null ? null : new Subject(start, s);
        }

        /**
         * The person a role noun names when it is the subject of the last sentence before the pronoun at
         * {@code pos} ("Addressing the crowd, the president thanked them."), or null.
         */
        private Speaker roleSubjectBefore(int pos, String body, String cue) {
            int own = sentenceStart(pos);
            Span prev = null;
            for (Span s : sentences) {
                if (s.end() > own) {
                    break;
                }
                if (!inside(quoted, s.start())) {
                    prev = s;
                }
            }
            if (prev == null || own - prev.end() > 400) {
                return null;
            }
            int clauseEnd = Math.min(prev.end(), prev.start() + 300);
            Subject subject = subjectBefore(clauseEnd - 1, body, cue);
            if (subject == null || subject.speaker() == null || subject.start() < prev.start()) {
                return null;
            }
            int npEnd = subjectPhraseEnd(body, subject.start(), clauseEnd);
            String np = body.substring(subject.start(), Math.max(subject.start(), npEnd));
            if (roleOf(np.toLowerCase(Locale.ROOT)) == null || !parser.parse(np).name().isEmpty()) {
                return null;
            }
            return subject.speaker();
        }

        /**
         * The speaker named by a transcript label opening the quoted words ("PENCE: Well, …"), or null. Labels are
         * shouted words or the surname of a person the article names.
         */
        private Speaker label(int pos, String body) {
            if (pos < 0) {
                return null;
            }
            // a label opens with a capital and has its colon within the 40 characters: most quotes have neither
            if (pos >= body.length() || !Character.isUpperCase(body.codePointAt(pos)) // \p{Lu} is upper case
                    || Chars.indexOf(body, ":", pos, Math.min(body.length(), pos + 40)) < 0) {
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
            String stripped = a.phrase().strip();
            // a tag opens with "(" or the party letter: the cheap test spares most phrases the regex
            if (!stripped.isEmpty() && "(RDI".indexOf(stripped.charAt(0)) >= 0 && PARTY_TAG.matcher(stripped).matches()) {
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
            if (ofThenSpace(body, Math.max(0, start - 60), start) && home.find()) {
                PersonIndex.Person p = people.endingAt(home.start());
                if (p != null) {
                    return p;
                }
            }
            Matcher m = HOME_STATE_BEFORE.matcher(body).region(Math.max(0, start - 24), start);
            if (!ofThenSpace(body, Math.max(0, start - 24), start) || !m.find() || !Character.isUpperCase(a.phrase().strip().charAt(0)) || a.phrase().indexOf(' ') >= 0
                    && !gazetteerCovers(a.phrase().strip())) {
                return null;
            }
            return people.endingAt(m.start());
        }

        /** A lowercase verb right before {@code start} ("visiting the US"): the phrase is an object, not a subject. */
        private boolean objectPosition(int start, String body) {
            if (!TrailingWord.endsWithWordAndSpace(body, start, "ing", "ed", "the")) {
                return false;
            }
            Matcher m = VERB_BEFORE.matcher(body).region(Math.max(0, start - 20), start);
            return m.find() && !NOT_VERBS.contains(m.group(1).toLowerCase(Locale.ROOT));
        }

        private boolean afterPreposition(int start, String body) {
            return TrailingWord.endsWithWordAndSpace(body, start, PREPOSITIONS)
                    && PREPOSITION_BEFORE.matcher(body).region(Math.max(0, start - 12), start).find();
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
            if (!holdsWord(body, Math.max(0, pos - 3000), Math.max(0, pos), head)) {
                return null; // the pattern ends in the head word, and the 3,000 characters before do not hold it
            }
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

    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "they", "we", "it");

    /** "But", "And yet", "Still," opening a sentence before its subject. */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?:But|And|Yet|So|Still|And yet),?\\s+");

    // the regexes of String.replaceAll, replaceFirst and split, compiled once instead of on every call
    /** All up to the last whitespace (of its line): replaced by "", it leaves the phrase's last word. */
    private static final Pattern LEADING_WORDS = Pattern.compile(".*\\s");

    /**
     * {@code LEADING_WORDS.matcher(s).replaceAll("")}: on one line that is what follows the last whitespace
     * character, found without the regex (which tries {@code .*} from every offset); text with a line
     * terminator, which {@code .} does not cross, still goes through the regex.
     */
    static String lastWordOf(String s) {
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return LEADING_WORDS.matcher(s).replaceAll("");
            }
            if (TrailingWord.isRegexSpace(c)) {
                last = i;
            }
        }
        return last < 0 ? s : s.substring(last + 1);
    }

    /**
     * True if text[from, to) holds {@code word} matched as {@code (?i:word)} without UNICODE_CASE may match it
     * (ASCII letters in either case, other characters as they are), or more: a cheap necessary condition.
     */
    private static boolean holdsWord(String text, int from, int to, String word) {
        if (word.isEmpty()) {
            return true;
        }
        char w0 = word.charAt(0);
        char other = w0 >= 'a' && w0 <= 'z' ? (char) (w0 - 32) : w0 >= 'A' && w0 <= 'Z' ? (char) (w0 + 32) : w0;
        for (int k = from; k + word.length() <= to; k++) {
            char c = text.charAt(k);
            if ((c == w0 || c == other) && text.regionMatches(true, k, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some "of" followed by a whitespace character in text[from, to): without one, neither {@link #HOME_TOWN_BEFORE}
     * nor {@link #HOME_STATE_BEFORE} (both need "of" and whitespace) can match there, and most phrases have none.
     */
    private static boolean ofThenSpace(String text, int from, int to) {
        for (int k = Math.max(from, 0); k + 2 < to; k++) {
            if (text.charAt(k) == 'o' && text.charAt(k + 1) == 'f' && TrailingWord.isRegexSpace(text.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words a source phrase may hold before or as its head ("the top trade official"). */
    private static final Set<String> PHRASE_WORDS = new java.util.HashSet<>();
    static {
        PHRASE_WORDS.addAll(SourcePhrases.SOURCE_NOUNS);
        PHRASE_WORDS.addAll(Words.fromResource("extract/source-modifiers.txt"));
        PHRASE_WORDS.addAll(NameParser.ORG_WORDS);
        PHRASE_WORDS.addAll(ANONYMOUS);
        PHRASE_WORDS.addAll(GROUPS);
        for (String role : ROLES) {
            PHRASE_WORDS.addAll(List.of(role.split(" ")));
        }
    }

    /**
     * The end of a noun phrase at {@code s} that may be a clause's subject, or -1: a pronoun, or an optional
     * determiner and capitalised words or source words ("the Saudi crown prince", "The Weiss administration",
     * "Other Republicans"), followed by a lower-case word (its verb) or a comma.
     */
    private static int subjectPhraseEnd(String body, int s, int limit) {
        int i = s;
        int words = 0;
        int end = -1;
        while (i < limit && words < 8) {
            int e = i;
            while (e < limit && !Character.isWhitespace(body.charAt(e)) && body.charAt(e) != ',') {
                e++;
            }
            if (e == i) {
                break;
            }
            String w = body.substring(i, e);
            String l = w.toLowerCase(Locale.ROOT);
            boolean ok;
            if (words == 0 && SUBJECT_PRONOUNS.contains(l)) {
                return e < limit ? e : -1;
            }
            if (words == 0 && DETERMINERS.contains(l)) {
                ok = true;
            } else {
                String bare = l.endsWith("'s") || l.endsWith("’s") ? l.substring(0, l.length() - 2) : l;
                ok = Character.isUpperCase(w.charAt(0)) && !NameParser.STOP.contains(w)
                        || PHRASE_WORDS.contains(bare) || PHRASE_WORDS.contains(l)
                        || l.length() > 3 && l.endsWith("s") && PHRASE_WORDS.contains(l.substring(0, l.length() - 1));
            }
            if (!ok) {
                break;
            }
            words++;
            end = e;
            if (e < limit && body.charAt(e) == ',') {
                return DETERMINERS.contains(body.substring(s, e).toLowerCase(Locale.ROOT)) ? -1 : e;
            }
            i = e;
            while (i < limit && body.charAt(i) == ' ') {
                i++;
            }
        }
        if (end >= 0 && i < limit && body.charAt(i) == '(') {
            // "Ana Weiss (D), the governor, said": a party tag or short aside after the name
            int close = body.indexOf(')', i);
            if (close > 0 && close < limit && close - i < 30) {
                i = close + 1;
                if (i < limit && body.charAt(i) == ',') {
                    return end;
                }
                while (i < limit && body.charAt(i) == ' ') {
                    i++;
                }
            }
        }
        if (end < 0 || i >= limit || !Character.isLowerCase(body.charAt(i))
                || DETERMINERS.contains(body.substring(s, end).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return end;
    }

    private static final String QUOTE_MARKS = "\"“”«»";

    /** "his advisers", "her aides", "their allies" after "and": the people around the named one. */
    private static final Pattern JOINED_ENTOURAGE = Pattern.compile("(?:his|her|their)\\s+\\p{Ll}+$");

    /** A relative pronoun right before the speech verb: "Ana Weiss who told". */
    static final Pattern WHO_BEFORE = Pattern.compile(",?\\s+who\\s+$");

    /** A noun, an optional participle and a preposition right before a source phrase: "aides travelling with ". */
    static final Pattern CROWD_BEFORE_PREPOSITION = Pattern.compile(
            "\\b(\\p{L}+)\\s+(?:\\p{Ll}+(?:ing|ed)\\s+)?(?:in|of|with|from|close to|near|at|around)\\s+$");
    /** The words {@link #CROWD_BEFORE_PREPOSITION} can end in ("close to" in "to"), for its {@link TrailingWord} test. */
    static final String[] CROWD_PREPOSITIONS = {"in", "of", "with", "from", "to", "near", "at", "around"};

    /** A plural or anonymous head: "aides", "exiles" are a crowd; "officials" an anonymous source. */
    private static boolean isCrowd(String w) {
        return ANONYMOUS.contains(w) && !w.equals("statement") && !w.equals("report") && !w.equals("some")
                && !w.equals("many") && !w.equals("others") || GROUPS.contains(w)
                || w.length() > 4 && w.endsWith("s") && PHRASE_WORDS.contains(w.substring(0, w.length() - 1))
                && !NameParser.ORG_WORDS.contains(w.substring(0, w.length() - 1));
    }

    static final Pattern AUXILIARY_BEFORE = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|am|'s|’s|'re|’re)\\s+(?:\\p{Ll}+ly\\s+)?$");
    /** The words {@link #AUXILIARY_BEFORE} can end in (an adverb in "ly"), for its {@link TrailingWord} test. */
    static final String[] AUXILIARIES = {"is", "are", "was", "were", "be", "been", "am", "'s", "’s", "'re",
        "’re", "ly"};

    /** "Tom Berg is promising to …": the -ing form after an auxiliary is the clause's own verb, no participle. */
    private static boolean progressive(String body, int pos, Attribution a) {
        int from = a.phraseStart() + a.phrase().length();
        int at = body.indexOf(a.cue(), from);
        if (at < 0 || at > pos) {
            return false;
        }
        return TrailingWord.endsWithWordAndSpace(body, at, AUXILIARIES)
                && AUXILIARY_BEFORE.matcher(body).region(Math.max(from, at - 24), at).find();
    }

    /** Only spaces between the phrase and its participle: "with Ana Weiss saying" has the phrase as subject. */
    private static boolean adjacentToCue(String body, int phraseEnd, String cue) {
        int i = phraseEnd;
        while (i < body.length() && body.charAt(i) == ' ') {
            i++;
        }
        return i > phraseEnd && body.startsWith(cue, i);
    }

    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "some", "other", "many", "several",
            "most", "his", "her", "its", "their");

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String roleOf(String lowerPhrase) {
        for (String role : ROLES) {
            if (lowerPhrase.endsWith(role) && (lowerPhrase.length() == role.length()
                    || lowerPhrase.charAt(lowerPhrase.length() - role.length() - 1) == ' ')) {
                return role;
            }
        }
        return null;
    }

    private static boolean inside(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (s.contains(pos)) {
                return true;
            }
        }
        return false;
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
    static final Pattern VERB_BEFORE = Pattern.compile("\\b(\\p{Ll}+(?:ing|ed))\\s+(?:the\\s+)?$");
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
    static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?:in|of|toward|towards|with|from|for|against|about|on|at)\\s+$");
    /** The words {@link #PREPOSITION_BEFORE} can end in, for its {@link TrailingWord} test. */
    static final String[] PREPOSITIONS = {"in", "of", "toward", "towards", "with", "from", "for", "against",
        "about", "on", "at"};

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
        // the words split("[\\s']+") gives, cut by hand: this runs for every quote's speaker (the empty
        // strings split can give are no organisation word)
        String name = s.name().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < name.length()) {
            int e = i;
            while (e < name.length() && !TrailingWord.isRegexSpace(name.charAt(e)) && name.charAt(e) != '\'') {
                e++;
            }
            if (e > i && NameParser.ORG_WORDS.contains(name.substring(i, e))) {
                return true;
            }
            i = e + 1;
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

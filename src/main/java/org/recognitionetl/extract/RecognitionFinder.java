package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds recognition positions sentence by sentence: a trigger (recognise/recognize and inflections,
 * derecognise, recognition of, diplomatic relations established/broken, switched recognition, considers X
 * part of Y), the stance from the words before it (negation, refusal, withdrawal, intention), the actor
 * before it (or after "by") and the targets after it, with lists expanded. Only gazetteer entities count,
 * which keeps out loose senses ("recognise the problem").
 */
final class RecognitionFinder {
    private static final Pattern TRIGGER = Pattern.compile(
            "(?i)\\b(de-?recogni[sz]\\w*|recogni[sz](?:e|es|ed|ing|ation)|recognition)\\b"
                    + "|\\b(?<est>establish(?:ed|es|ing)?|forg(?:e|ed)|open(?:ed)?)\\s+(?:formal\\s+|full\\s+|official\\s+)?diplomatic\\s+(?:relations|ties)\\s+with\\b"
                    + "|\\b(?<brk>broke|break(?:s|ing)?|cut|cuts|severed|sever(?:s|ing)?)\\s+(?:off\\s+)?(?:its\\s+|their\\s+)?(?:formal\\s+|official\\s+|diplomatic\\s+)*(?:ties|relations)\\s+(?:to|with)\\b"
                    + "|\\b(?<sw>switch(?:ed|es|ing)?|shift(?:ed|s|ing)?|transferr?(?:ed|s|ing)?)\\s+(?:its\\s+|their\\s+)?(?:diplomatic\\s+)?(?:recognition|allegiance|ties|relations)\\s+(?:from|to)\\b"
                    + "|\\b(?<cons>consider(?:s|ed|ing)?|regard(?:s|ed)?|sees|views?|claims?)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|never|no|n't|nt|doesnt|dont|didnt|wont|isnt|wasnt|arent|havent|hasnt|cannot|cant|refus\\w*|declin\\w*|reject\\w*|oppos\\w*|failure|failed|unwilling|against|nor|neither)\\b|n’t|n't");
    private static final Pattern WITHDRAW = Pattern.compile(
            "(?i)\\b(withdr[ae]w\\w*|revok\\w*|suspend\\w*|froze|freez\\w*|frozen|rescind\\w*|pull\\w*|cancel\\w*|annul\\w*|end(?:ed|s)?)\\b");
    private static final Pattern INTEND = Pattern.compile(
            "(?i)\\b(will|would|shall|'ll|plans?|planning|planned|ready|prepared|considering|consider|may|might|intends?|intending|intention|expected|set|going|about|promised|pledged|vowed|poised|mulling|weighing|announced)\\b");
    private static final Pattern PASSIVE_AUX = Pattern.compile(
            "(?i)\\b(is|are|was|were|be|been|being|not|n't|isnt|wasnt|never)\\b|n’t|n't");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(unlikely|rule out|ruled out|whether|if|unless|should|could)\\b");
    /** Hedged statements anywhere in the sentence give no position ("highly unlikely … would not rule it out"). */
    private static final Pattern SENTENCE_HEDGE = Pattern.compile(
            "(?i)\\b(unlikely|rule out|ruled out|rules out|ruling out|perhaps|maybe|possibility|hypothetical)\\b");
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(urg\\w*|call(?:s|ed|ing)? (?:on|for|upon)|ask\\w*|press\\w*|push\\w*|demand\\w*|lobby\\w*|persuad\\w*|convinc\\w*|encourag\\w*|wants?|seek\\w*|sought|hop\\w*|wish\\w*|need\\w*|must|gain\\w*|win|won|receiv\\w*|get|got|grant\\w* (?:it|them)|deserv\\w*|campaign\\w*|bid|quest|struggle|fight\\w*|international|diplomatic|formal recognition from)\\b");
    private static final Pattern DECIDED = Pattern.compile(
            "(?i)\\b(decision|decided|decides|voted|vote|votes|agreed|agreement|move|moved|treaty|announced|resolution)\\b");
    /**
     * Someone made, asked or expected to recognise ("does not force Iran to recognise Israel", "demanded that the
     * Palestinians recognise …"): the object's stance is not stated, and the subject takes none.
     */
    private static final Pattern CAUSE = Pattern.compile(
            "(?i)\\b(?:forc|requir|compel|oblig|urg|ask|press|pressur|push|demand|want|expect|persuad|convinc|encourag"
                    + "|invit|lobb|condition|insist|request|call(?:s|ed|ing)?\\s+(?:on|upon))\\w*\\s+"
                    + "(?:that\\s+)?(?:[\\w'’.\\-]+\\s+){1,6}(?:to|must|should|would|will)\\s+"
                    + "(?:(?:even|also|formally|officially|fully|finally|ever|eventually|quickly|immediately|first)\\s+)?$");
    /** Threats and plans to withdraw: there is no stance for them (ANNOTATION.md has intention only to recognise). */
    private static final Pattern WITHDRAW_INTENT = Pattern.compile(
            "(?i)\\b(threat\\w*|would|could|may|might|consider\\w*|mull\\w*|weigh\\w*|plan\\w*|warn\\w*|ready|if)\\b");
    /** A passive agent: "recognised by X", "recognised only by X, Y and Z". */
    private static final Pattern PASSIVE_BY = Pattern.compile(
            "(?i)\\s+(?:(?:only|just|solely|also|now|so far|formally|officially|diplomatically|already)\\s+)?by\\s+(?:the\\s+)?");
    /** Verbs whose subject grants, refuses or plans the recognition named by the noun after them. */
    private static final Pattern NOUN_ACTOR_VERBS = Pattern.compile(
            "(?i)\\b(extend\\w*|grant\\w*|gave|give\\w*|accord\\w*|withdr\\w*|revok\\w*|suspend\\w*|froze|freez\\w*"
                    + "|rescind\\w*|announc\\w*|offer\\w*|refus\\w*|reject\\w*|declin\\w*|den(?:y|ies|ied)|consider\\w*"
                    + "|mull\\w*|weigh\\w*|plan\\w*|prepar\\w*|promis\\w*|pledg\\w*)\\b");
    /** Negation before the actor: "neither Spain nor Greece recognises", "the failure of Israel to recognise". */
    private static final Pattern NEITHER = Pattern.compile("(?i)\\b(?:neither|not even)\\b[^.;:]*$"
            + "|\\b(?:failure|refusal|reluctance|unwillingness|inability)\\s+(?:of|by)\\s+(?:the\\s+)?$");
    private static final Pattern ADVERBS_AT_END = Pattern.compile(
            "(?i)(?:\\s+(?:even|also|formally|officially|fully|finally|ever|eventually|quickly|immediately|diplomatically))+\\s*$");
    /** "became the first EU state to recognise …": an accomplished recognition despite the infinitive. */
    private static final Pattern FIRST_TO = Pattern.compile(
            "(?i)\\b(?:first|second|third|fourth|fifth|latest|last|only|newest|next)\\s+(?:[\\w'’.\\-]+\\s+){0,4}to\\s+"
                    + "(?:(?:formally|officially|fully|diplomatically)\\s+)?$");
    /** A pronoun subject: the state of the quote's speaker acts ("we do not recognise", "he said he will recognise"). */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "(?:\\b(?:[Ww]e|I|[Hh]e|[Ss]he|[Ii]t|[Oo]ur (?:country|government|state|nation)|[Mm]y (?:country|government))\\b)"
                    + "[^,;:\\w]*(?:[\\w'’]+[^,;:\\w]+){0,4}$");
    private static final Pattern CONDITIONAL_MODAL = Pattern.compile("(?i)\\b(?:would|could|might)\\b|['’]d\\b");
    // the regexes of String.replaceAll, replaceFirst and split, compiled once instead of on every call
    private static final Pattern OF_OR_TO = Pattern.compile("^\\s+(?:of|to)\\b");
    private static final Pattern BY = Pattern.compile("\\bby\\s+(?:the\\s+)?");
    private static final Pattern GAP_PUNCTUATION = Pattern.compile("[,\\-–—]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_S = Pattern.compile("^['’]?s?\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,.]");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|unless|provided|as long as|only when|in exchange for|in return for)\\b");
    private static final Pattern LIST_GAP = Pattern.compile(
            "^(?:[\\s,]|\\band\\b|\\bor\\b|\\bnor\\b|\\bas well as\\b|\\balso\\b|\\bthe\\b|\\bplus\\b|\\beither\\b"
                    + "|\\bthe same (?:applies|goes) to\\b|\\bself-proclaimed\\b|\\bbreakaway\\b|\\bregions? of\\b"
                    + "|\\brepublics? of\\b|\\bso-called\\b|\\bseparatist\\b)*$");
    private static final Set<String> FILLER = Words.set("the", "a", "an", "state", "of", "independence", "sovereignty",
            "statehood", "self-proclaimed", "breakaway", "so-called", "separatist", "republics", "republic",
            "regions", "region", "territories", "new", "annexation", "existence", "as", "independent", "officially",
            "formally", "both", "two", "either", "self-declared", "people's", "peoples", "rebel", "puppet",
            "pro-russian", "russian-backed", "quasi-state", "secession", "vote", "referendum", "right", "legitimacy",
            "officially", "formally", "diplomatically", "territorial", "integrity", "borders", "also", "even",
            "eventually", "finally", "fully", "immediately", "soon", "unilaterally", "later", "government's");
    private static final Set<String> GOVERNMENT_NOUNS = Words.fromResource("extract/government-nouns.txt");
    private static final Set<String> NOT_THE_ENTITY = Words.set("allies", "ally", "partners", "partner", "members",
            "member", "countries", "nations", "friends", "states", "country", "nation", "citizens", "nationals",
            "companies", "firms", "banks", "troops", "forces", "rebels", "separatists", "media");
    private static final Set<String> POSSESSIVE_TARGET_NOUNS = Words.set("sovereignty", "independence", "statehood",
            "right", "existence", "legitimacy", "status");

    private final Gazetteer gazetteer;

    RecognitionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A position as found, before quote and speaker are attached. */
    record Found(Entity actor, Entity target, Stance stance, Span sentence, int triggerAt, boolean actorIsWe) {
    }

    List<Found> find(String body, List<Span> sentences, int bylineEnd) {
        return find(body, sentences, bylineEnd, List.of());
    }

    /**
     * @param people mentions of people who act for a state (form {@link Gazetteer.Form#PERSON}, in text order):
     *               "Putin recognised …" where the article calls him Russia's president
     */
    List<Found> find(String body, List<Span> sentences, int bylineEnd, List<Gazetteer.Mention> people) {
        Map<String, Found> out = new LinkedHashMap<>();
        int[] hits = cueOffsets(body);
        int h = 0;
        for (Span s : sentences) {
            int ss = Math.max(s.start(), bylineEnd);
            if (ss >= s.end()) {
                continue;
            }
            // sentences and cue offsets are both in text order: walk them together (linear in the body)
            while (h < hits.length && hits[h] < ss) {
                h++;
            }
            if (h >= hits.length || hits[h] >= s.end()) {
                continue;
            }
            String sent = body.substring(ss, s.end());
            if (sent.stripTrailing().endsWith("?") || sent.stripTrailing().endsWith("?\"")
                    || sent.stripTrailing().endsWith("?”")) {
                continue;
            }
            List<Gazetteer.Mention> ents = withPeople(gazetteer.find(body, ss, s.end()), people, ss, s.end());
            if (ents.isEmpty()) {
                continue;
            }
            Matcher t = TRIGGER.matcher(body).region(ss, s.end());
            while (t.find()) {
                sentence(body, new Span(ss, s.end()), ents, t, out);
            }
        }
        return new ArrayList<>(out.values());
    }

    // "ties"/"relations"/"llegiance": broken ties and switches that do not say "diplomatic" ("broke ties with Taiwan")
    private static final String[] CUES = {"ecogni", "iplomatic", "part of", "rovince", "ties ", "relations ", "llegiance"};

    /** The gazetteer mentions with the acting people of [from, to) merged in text order (names inside a mention lose). */
    private static List<Gazetteer.Mention> withPeople(List<Gazetteer.Mention> ents, List<Gazetteer.Mention> people,
            int from, int to) {
        List<Gazetteer.Mention> merged = null;
        for (Gazetteer.Mention p : people) {
            if (p.start() >= to) {
                break; // people are in text order
            }
            if (p.start() < from || p.end() > to) {
                continue;
            }
            boolean overlaps = false;
            for (Gazetteer.Mention m : ents) {
                if (m.start() < p.end() && p.start() < m.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                if (merged == null) {
                    merged = new ArrayList<>(ents);
                }
                merged.add(p);
            }
        }
        if (merged == null) {
            return ents;
        }
        merged.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
        return merged;
    }

    /**
     * Offsets of the words that can start a position, found with one scan per cue over the whole body: a cheap
     * pre-filter, since most sentences say nothing about recognition.
     */
    private static int[] cueOffsets(String body) {
        // a plain int array: boxing and a sorted stream cost more than the searches themselves
        int[] found = new int[16];
        int count = 0;
        for (String cue : CUES) {
            int i = body.indexOf(cue);
            while (i >= 0) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i = body.indexOf(cue, i + cue.length());
            }
        }
        int[] sorted = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private void sentence(String body, Span s, List<Gazetteer.Mention> ents, Matcher t, Map<String, Found> out) {
        int ts = t.start();
        int te = t.end();
        String word = t.group().toLowerCase(Locale.ROOT);
        String clauseBefore = body.substring(clauseStart(body, s.start(), ts), ts);
        if (t.group("cons") != null) {
            considersPartOf(body, s, ents, t, out);
            return;
        }
        if (t.group("sw") != null) {
            switched(body, s, ents, t, out);
            return;
        }
        String near = lastWords(clauseBefore, 6);
        if (HEDGE.matcher(near).find() || SENTENCE_HEDGE.matcher(body).region(s.start(), s.end()).find()) {
            return;
        }
        boolean noun = word.equals("recognition");
        if (CAUSE.matcher(clauseBefore).find()) {
            return; // a call, a demand or a wish that someone else recognise is nobody's position
        }
        if (t.group("brk") != null && WITHDRAW_INTENT.matcher(near).find()) {
            return; // "threatened to cut ties": there is no stance for an intended withdrawal
        }
        // passive: "Taiwan's sovereignty isn't recognized by the United States"
        String afterTrig = body.substring(te, Math.min(s.end(), te + 60));
        Matcher by = PASSIVE_BY.matcher(afterTrig);
        if (!noun && t.group("est") == null && t.group("brk") == null && by.lookingAt()) {
            if (!PASSIVE_AUX.matcher(lastWords(clauseBefore, 2)).find()) {
                return; // "groups recognized by the UN": a reduced relative clause, not a stance on a state
            }
            Stance stance = stance(t, word, false, near, clauseBefore);
            Gazetteer.Mention target = lastBefore(ents, ts, s.start());
            List<Entity> actors = actorList(body, s, ents, te + by.end(), target == null ? null : target.entity());
            if (stance != null && target != null) {
                for (Entity actor : actors) {
                    put(out, new Found(actor, target.entity(), stance, s, ts, false));
                }
            }
            return;
        }
        List<Entity> actors = new ArrayList<>();
        List<Entity> targets;
        String modifiers = near; // the words that set the stance: those between the actor and the trigger
        if (noun) {
            // "X's recognition of Y", "recognition of Y by X", "X extended/withdrew recognition to/of Y"
            Gazetteer.Mention poss = null;
            for (Gazetteer.Mention m : ents) {
                if (m.possessive() && m.end() <= ts && body.substring(m.end(), ts).matches("(?s)['’]?s?\\s*(?:formal\\s+|official\\s+|diplomatic\\s+|de facto\\s+)?")) {
                    poss = m;
                }
            }
            String rest = body.substring(te, s.end());
            Matcher of = OF_OR_TO.matcher(rest);
            if (!of.find()) {
                return;
            }
            targets = targets(body, s, ents, te + of.end(), null);
            if (poss != null) {
                // "the EU condemned Russia's recognition of …": the verb before the possessor is the commenter's
                actors.add(poss.entity());
                modifiers = "";
            } else {
                Matcher byM = BY.matcher(rest);
                Gazetteer.Mention byActor = null;
                if (byM.find()) {
                    byActor = firstAfter(ents, te + byM.end(), te + byM.end() + 3);
                }
                if (byActor != null) {
                    actors.add(byActor.entity());
                } else if (NOUN_ACTOR_VERBS.matcher(lastWords(clauseBefore, 4)).find()) {
                    Gazetteer.Mention a = actorBefore(body, s, ents, ts, targets);
                    if (a == null) {
                        return;
                    }
                    actors.addAll(coordinated(body, s, ents, a, targets));
                    modifiers = between(body, a.end(), ts);
                } else {
                    return;
                }
            }
        } else {
            targets = targets(body, s, ents, te, null);
            if (targets.isEmpty()) {
                Gazetteer.Mention antecedent = relativeAntecedent(body, s, ents, ts);
                if (antecedent != null) {
                    targets.add(antecedent.entity());
                }
            }
            Gazetteer.Mention a = actorBefore(body, s, ents, ts, targets);
            if (word.endsWith("ing") && a != null && !actorClose(body, a, ts)) {
                a = null; // "votes recognizing a Palestinian state": the gerund has no stated actor
            }
            if (a != null) {
                actors.addAll(coordinated(body, s, ents, a, targets));
                modifiers = between(body, a.end(), ts);
                if (NEITHER.matcher(body.substring(Math.max(s.start(), a.start() - 40), a.start())).find()) {
                    modifiers = "not " + modifiers; // "neither Spain nor Greece recognises …"
                }
            }
        }
        Stance stance = stance(t, word, noun, modifiers, clauseBefore);
        if (stance == null) {
            return;
        }
        if (stance == Stance.INTENDS_TO_RECOGNIZE && CONDITIONAL_MODAL.matcher(modifiers).find()
                && CONDITION.matcher(body).region(te, s.end()).find()) {
            return; // "would recognise X if …": a hypothetical, not an intention
        }
        if (t.group("brk") != null) {
            // ties cut with a member state ("cut off relations with Cuba") leave its statehood alone; with a
            // disputed territory ("broke ties with Taiwan") ties are the recognition
            targets.removeIf(x -> x.kind() != EntityKind.TERRITORY);
        }
        boolean pronoun = actors.isEmpty() && PRONOUN_SUBJECT.matcher(clauseBefore).find();
        for (Entity target : targets) {
            for (Entity actor : actors) {
                if (!actor.equals(target)) {
                    put(out, new Found(actor, target, stance, s, ts, false));
                }
            }
            if (pronoun) {
                put(out, new Found(null, target, stance, s, ts, true));
            }
        }
    }

    /**
     * The stance from the trigger and the words that modify it ({@code near}: those between actor and trigger), or
     * null where the words make it no position ("wants to recognise", "threatened to withdraw its recognition").
     */
    private Stance stance(Matcher t, String word, boolean noun, String near, String clauseBefore) {
        Stance stance;
        if (t.group("brk") != null) {
            stance = Stance.WITHDRAWS_RECOGNITION;
        } else if (t.group("est") != null) {
            stance = NEGATION.matcher(near).find() ? Stance.DOES_NOT_RECOGNIZE : Stance.RECOGNIZES;
        } else if (word.startsWith("de")) {
            stance = Stance.WITHDRAWS_RECOGNITION;
        } else if (noun && WITHDRAW.matcher(lastWords(near, 4)).find()) {
            stance = Stance.WITHDRAWS_RECOGNITION;
        } else if (NEGATION.matcher(near).find()) {
            stance = Stance.DOES_NOT_RECOGNIZE;
        } else if (CALL.matcher(lastWords(clauseBefore, 4)).find()) {
            return null; // a call, a wish or a campaign for recognition is nobody's position
        } else if (INTEND.matcher(near).find() && !word.endsWith("ed")) {
            stance = Stance.INTENDS_TO_RECOGNIZE;
        } else if (word.equals("recognize") || word.equals("recognise")) {
            String prev = lastWords(ADVERBS_AT_END.matcher(clauseBefore).replaceFirst(""), 1).toLowerCase(Locale.ROOT);
            if (prev.equals("to") && !DECIDED.matcher(lastWords(clauseBefore, 10)).find()
                    && !FIRST_TO.matcher(clauseBefore).find()) {
                return null; // "to recognise" without a decision or a first: a purpose, a wish, a question
            }
            stance = Stance.RECOGNIZES;
        } else {
            stance = Stance.RECOGNIZES;
        }
        if (stance == Stance.WITHDRAWS_RECOGNITION && WITHDRAW_INTENT.matcher(near).find()) {
            return null; // "would consider revoking its recognition": there is no stance for an intended withdrawal
        }
        return stance;
    }

    /** Switched recognition from A to B (or to B from A): withdraws A, recognises B. */
    private void switched(String body, Span s, List<Gazetteer.Mention> ents, Matcher t, Map<String, Found> out) {
        int ts = t.start();
        int te = t.end();
        Gazetteer.Mention a = actorBefore(body, s, ents, ts, null);
        if (a == null) {
            return;
        }
        List<Entity> actors = coordinated(body, s, ents, a, null);
        // "from A to B" or "to B from A": the sides are split by the second preposition
        boolean fromFirst = t.group().toLowerCase(Locale.ROOT).endsWith("from");
        int split = body.indexOf(fromFirst ? " to " : " from ", te);
        // the switch ends with its clause: "…, ending ties with Taiwan" names no new side
        int clauseEnd = clauseEnd(body, split < 0 || split >= s.end() ? te : split, s.end());
        if (split < 0 || split >= clauseEnd) {
            split = clauseEnd; // one side only: "switched recognition to Beijing in 2019"
        }
        List<Gazetteer.Mention> after = new ArrayList<>();
        for (Gazetteer.Mention m : after(ents, te)) {
            if (m.start() < clauseEnd && m.form() != Gazetteer.Form.DEMONYM && m.form() != Gazetteer.Form.PERSON) {
                after.add(m);
            }
        }
        List<Entity> newSide = new ArrayList<>();
        for (Gazetteer.Mention m : after) {
            if ((m.start() > split) == fromFirst) {
                newSide.add(m.entity());
            }
        }
        for (Gazetteer.Mention m : after) {
            boolean old = (m.start() < split) == fromFirst;
            if (old && newSide.contains(m.entity())) {
                continue; // from the PLO to the State of Palestine: the same entity keeps recognition
            }
            for (Entity actor : actors) {
                if (!m.entity().equals(actor)) {
                    put(out, new Found(actor, m.entity(), old ? Stance.WITHDRAWS_RECOGNITION : Stance.RECOGNIZES, s, ts, false));
                }
            }
        }
    }

    private static final Set<String> ACTING_TITLES;
    private static final Pattern DISQUALIFIED;

    static {
        List<String> acting = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (String line : Resources.lines("extract/acting-titles.txt", null)) {
            String w = line.strip().toLowerCase(Locale.ROOT);
            if (w.startsWith("!")) {
                not.add(Pattern.quote(w.substring(1)));
            } else {
                acting.add(w);
            }
        }
        ACTING_TITLES = Words.of(acting);
        DISQUALIFIED = Pattern.compile("(?i)(?<![\\w-])(?:" + String.join("|", not) + ")(?![\\w-])");
    }

    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:ministry|embassy|government|office|department|kremlin|white house|mission|parliament|cabinet"
                    + "|presidency|foreign|administration|council|assembly|union|nations)\\b");

    /** Whether a person with this title acts for the state they serve (acting-titles.txt). */
    static boolean actsForState(String title) {
        if (title == null || title.isBlank() || DISQUALIFIED.matcher(title).find()) {
            return false;
        }
        return ACTING_TITLES.contains(title.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The people of {@code mentions} who act for a state, as actor mentions: "Putin recognised …" after the
     * article has called him Russia's president. A person's state comes only from the article's own link.
     */
    static List<Gazetteer.Mention> actingPeople(String body, List<PersonIndex.Mention> mentions) {
        List<Gazetteer.Mention> out = new ArrayList<>();
        for (PersonIndex.Mention m : mentions) {
            PersonIndex.Person p = m.person();
            if (p.affiliation() == null || m.plural() || !actsForState(p.title())) {
                continue;
            }
            int e = m.end();
            boolean poss = e + 1 < body.length() && (body.charAt(e) == '\'' || body.charAt(e) == '’') && body.charAt(e + 1) == 's';
            out.add(new Gazetteer.Mention(p.affiliation(), Gazetteer.Form.PERSON, m.start(), e, poss));
        }
        return out;
    }

    /**
     * The actor for a pronoun subject ("we", "he", "it") inside the quote [qStart, qEnd): the state named in the
     * attribution of the same sentence ("the US Embassy in Kyiv tweeted: …"), else the state the speaker acts for;
     * none when the attribution names a candidate, a party or the opposition.
     */
    Entity pronounActor(String body, Span sentence, int qStart, int qEnd, Speaker speaker, List<Gazetteer.Mention> people) {
        int bs = sentence.start();
        int be = Math.max(bs, Math.min(qStart, sentence.end()));
        int as = Math.min(sentence.end(), Math.max(qEnd, bs));
        int ae = Math.min(sentence.end(), as + 80);
        String attribution = body.substring(bs, be) + " " + body.substring(as, ae);
        if (DISQUALIFIED.matcher(attribution).find()) {
            return null;
        }
        for (int[] r : new int[][] {{bs, be}, {as, ae}}) {
            if (r[0] >= r[1]) {
                continue;
            }
            for (Gazetteer.Mention m : withPeople(gazetteer.find(body, r[0], r[1]), people, r[0], r[1])) {
                String prev = lastWords(body.substring(r[0], m.start()), 1).toLowerCase(Locale.ROOT);
                if (actorForm(body, m) && !NOT_BEFORE_ACTOR.contains(prev)) {
                    return m.entity();
                }
            }
        }
        if (speaker == null || speaker.affiliation() == null) {
            return null;
        }
        if (actsForState(speaker.title())) {
            return speaker.affiliation();
        }
        boolean body0 = speaker.title().isBlank() && (speaker.name().equals(speaker.affiliation().name())
                || INSTITUTION.matcher(speaker.name()).find());
        return body0 ? speaker.affiliation() : null;
    }

    /** "mainland China, which considers Taiwan part of its territory": China does not recognise Taiwan. */
    private void considersPartOf(String body, Span s, List<Gazetteer.Mention> ents, Matcher t, Map<String, Found> out) {
        Gazetteer.Mention target = firstAfter(ents, t.end(), t.end() + 30);
        int restFrom;
        if (target != null && target.form() == Gazetteer.Form.NAME
                && body.substring(t.end(), target.start()).matches("\\s+(?:the\\s+)?(?:(?:self-ruled|self-governing|democratic|island of)\\s+)?")) {
            restFrom = target.end(); // "considers (self-ruled) Taiwan part of …": the target follows the verb
        } else if (DEFINITE_PLACE.matcher(body).region(t.end(), s.end()).lookingAt()
                && (target = earlierTerritory(body, s.start(), t.start())) != null) {
            // "China considers the island part of its territory": the disputed territory the article is about
            Matcher np = DEFINITE_PLACE.matcher(body).region(t.end(), s.end());
            np.lookingAt();
            restFrom = np.end();
        } else {
            // "Taiwan, which China considers part of its territory": the antecedent of the relative pronoun
            target = relativeAntecedent(body, s, ents, t.start());
            if (target == null) {
                return;
            }
            restFrom = t.end();
        }
        String rest = body.substring(restFrom, Math.min(s.end(), restFrom + 140));
        // a parenthetical between the target and "part of" ("the island — now a democracy — part of …")
        rest = PARENTHETICAL.matcher(rest).replaceFirst("");
        if (!rest.matches("(?s)['’]?s?\\s+(?:as\\s+|to be\\s+)?(?:an?\\s+|its\\s+)?(?:integral\\s+|inalienable\\s+|renegade\\s+|breakaway\\s+)?(?:part|province|territory)\\b.*")) {
            return;
        }
        Gazetteer.Mention a = actorBefore(body, s, ents, t.start(), List.of(target.entity()));
        if (a == null) {
            return;
        }
        for (Entity actor : coordinated(body, s, ents, a, List.of(target.entity()))) {
            if (!actor.equals(target.entity())) {
                put(out, new Found(actor, target.entity(), Stance.DOES_NOT_RECOGNIZE, s, t.start(), false));
            }
        }
    }

    private static final Pattern DEFINITE_PLACE = Pattern.compile("\\s+the\\s+(?:island|territory|region|enclave|peninsula)\\b");
    private static final Pattern PARENTHETICAL = Pattern.compile("^\\s*(?:[—–]|--)[^—–]{1,80}(?:[—–]|--)|^\\s*\\([^)]{1,80}\\)");

    /** The disputed territory named last before {@code pos} (this or the previous sentences): "the island". */
    private Gazetteer.Mention earlierTerritory(String body, int sentenceStart, int pos) {
        Gazetteer.Mention last = null;
        for (Gazetteer.Mention m : gazetteer.find(body, Math.max(0, sentenceStart - 1500), pos)) {
            if (m.form() == Gazetteer.Form.NAME && m.entity().kind() == EntityKind.TERRITORY) {
                last = m;
            }
        }
        return last;
    }

    private static final Pattern PARENTHETICAL_SAYER = Pattern.compile(
            "(?i)['’]?s?\\s+(?:\\w+\\s+)?(?:said|says|told\\s+\\w+|added|noted|argued|insisted|stressed|claimed)\\s*,");
    private static final Pattern RIGHT_TO_STATEHOOD = Pattern.compile(
            "(?i)['’]?s?\\s+right\\s+to\\s+(?:exist|existence|statehood|independence|a\\s+state|its\\s+own\\s+state)\\b");
    private static final Pattern RELATIVE_OBJECT = Pattern.compile(
            "(?s)['’]?s?\\s*(?:\\s+independence)?\\s*,?\\s*(?:which|whose\\s+(?:independence|statehood|sovereignty))\\s+(.*)$");

    /**
     * The target before a relative clause whose subject is the actor: "Kosovo, which Serbia does not recognise" and
     * "Kosovo, whose independence Serbia rejects", or null.
     */
    private Gazetteer.Mention relativeAntecedent(String body, Span s, List<Gazetteer.Mention> ents, int ts) {
        for (int i = ents.size() - 1; i >= 1; i--) {
            Gazetteer.Mention subject = ents.get(i);
            Gazetteer.Mention antecedent = ents.get(i - 1);
            if (subject.end() > ts) {
                continue;
            }
            if (antecedent.form() != Gazetteer.Form.NAME || antecedent.entity().equals(subject.entity())) {
                return null;
            }
            // "Kosovo, which (the) Serbia(n government) …": the relative clause opens with its subject
            Matcher r = RELATIVE_OBJECT.matcher(body.substring(antecedent.end(), subject.start()));
            return r.matches() && r.group(1).matches("(?:the\\s+)?") && actorForm(body, subject) ? antecedent : null;
        }
        return null;
    }

    /** Targets from {@code from}: the first within a few filler words, then list items joined by , and or. */
    private List<Entity> targets(String body, Span s, List<Gazetteer.Mention> ents, int from, Entity exclude) {
        List<Entity> out = new ArrayList<>();
        int pos = from;
        boolean first = true;
        for (Gazetteer.Mention m : ents) {
            if (m.start() < from) {
                continue;
            }
            String gap = body.substring(pos, m.start());
            if (first) {
                if (!fillerOnly(gap) && !looseGap(gap)) {
                    break;
                }
            } else if (!LIST_GAP.matcher(gap).matches()) {
                break;
            }
            if (m.form() == Gazetteer.Form.DEMONYM || m.form() == Gazetteer.Form.PERSON) {
                // "Russian allies" or "Palestinian people" are not targets, nor is a person
                pos = m.end();
                continue;
            }
            String rest = body.substring(m.end(), Math.min(s.end(), m.end() + 50));
            if (m.possessive()) {
                String next = nextWord(rest);
                if (!POSSESSIVE_TARGET_NOUNS.contains(next)) {
                    // "Russia's annexation of Crimea", "Ukraine's strategic Crimean Peninsula": look further
                    pos = m.end();
                    continue;
                }
                if (rest.matches("(?s)['’]?s?\\s+sovereignty\\s+over\\b.*")) {
                    break; // Golan Heights and the like: not the statehood of the possessor
                }
                if (next.equals("right") && !RIGHT_TO_STATEHOOD.matcher(rest).lookingAt()) {
                    break; // "Ukraine's right to defend itself" is no statement on its statehood
                }
            }
            if (rest.matches("(?is)\\s+as\\s+(?:the\\s+|its\\s+|a\\s+|an\\s+|\\w+['’]s\\s+)?(?:undivided\\s+|eternal\\s+|official\\s+)?(?:capital|jewish)\\b.*")
                    || rest.matches("(?is)['’]s\\s+capital\\b.*") || rest.matches("(?is)['’]?s?\\s+government\\b.*")) {
                break;
            }
            if (gap.toLowerCase(Locale.ROOT).contains("jewish")) {
                break; // "recognizes the Jewish nation state of Israel" is not about statehood
            }
            if (!m.entity().equals(exclude) && !out.contains(m.entity())) {
                out.add(m.entity());
            }
            pos = m.end();
            first = false;
        }
        return out;
    }

    private static final Set<String> GAP_BREAKERS = Words.set("that", "which", "who", "because", "but", "while",
            "when", "although", "if", "with", "for", "to", "from", "by", "between", "among", "after", "before", "as",
            "and", "or", "problem", "problems", "need", "needs", "importance", "role", "threat", "threats", "efforts",
            "government", "president", "leader", "regime", "rights", "contribution", "achievements", "interests",
            "concerns", "people", "citizens", "passports", "elections", "election", "results", "authority",
            "authorities", "leadership", "it", "them", "they", "its", "their", "this", "these", "those");

    /** A longer gap before the first target ("the Russian-backed secession vote last month on …"). */
    private static boolean looseGap(String gap) {
        String g = GAP_PUNCTUATION.matcher(gap).replaceAll(" ").strip();
        if (g.isEmpty() || gap.contains(",") || gap.contains(";")) {
            return false;
        }
        String[] w = WHITESPACE.split(g);
        if (w.length > 10) {
            return false;
        }
        for (String x : w) {
            if (GAP_BREAKERS.contains(x.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fillerOnly(String gap) {
        String g = GAP_PUNCTUATION.matcher(gap).replaceAll(" ").strip();
        if (g.isEmpty()) {
            return true;
        }
        String[] w = WHITESPACE.split(g);
        if (w.length > 6) {
            return false;
        }
        for (String x : w) {
            if (!FILLER.contains(x.toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return false;
            }
        }
        return true;
    }

    /** The nearest entity before the trigger that can act: skipping appositives, locatives and generic adjectives. */
    private Gazetteer.Mention actorBefore(String body, Span s0, List<Gazetteer.Mention> ents, int ts, List<Entity> targets) {
        // the actor is in the trigger's clause: never reach across a quotation mark, colon or semicolon
        Span s = new Span(clauseStart(body, s0.start(), ts), s0.end());
        String text = body.substring(s.start(), ts);
        for (int i = ents.size() - 1; i >= 0; i--) {
            Gazetteer.Mention m = ents.get(i);
            if (m.end() > ts || m.start() < s.start()) {
                continue;
            }
            if (targets != null && targets.contains(m.entity())) {
                continue;
            }
            if (!actorForm(body, m)) {
                continue;
            }
            int rel = m.start() - s.start();
            String before = text.substring(0, rel);
            String prev = lastWords(before, 1).toLowerCase(Locale.ROOT);
            if (Set.of("any", "every", "no", "future", "would-be", "hypothetical").contains(prev)) {
                continue; // "any Palestinian government that refused …" is no specific actor
            }
            if (body.substring(m.end(), ts).matches("(?s)['’]?s?,?\\s*(?:which|who|that)\\s+(?:\\S+\\s+){0,2}")) {
                return m; // "mainland China, which considers …": the antecedent acts
            }
            if (Words.set("in", "from", "with", "on", "at", "about", "against", "between", "into", "over", "near",
                    "across", "toward", "towards", "inside", "within", "ally", "allies", "to", "like").contains(prev)) {
                continue;
            }
            // inside an appositive ", an ally of Russia," that sits between subject and verb
            String after = body.substring(m.end(), ts);
            if (PARENTHETICAL_SAYER.matcher(after).lookingAt()) {
                continue; // "The US, Putin said, will never …": the sayer of an inserted attribution does not act
            }
            if (before.matches("(?s).*,\\s*(?:an?|the|its|a close|which|who)\\b[^,]*$") && after.matches("(?s)[^,]*,.*")) {
                continue;
            }
            return m;
        }
        return null;
    }

    private static final Pattern COORDINATION = Pattern.compile("(?:\\s*,\\s*(?:and\\s+|or\\s+|nor\\s+)?|\\s+(?:and|or|nor|as well as)\\s+)(?:the\\s+)?");
    private static final Set<String> NOT_BEFORE_ACTOR = Words.set("in", "from", "with", "on", "at", "about", "against",
            "between", "into", "over", "near", "across", "toward", "towards", "inside", "within", "to", "like", "unlike",
            "besides", "except", "after", "before", "than", "by", "of", "for", "ally", "allies", "any", "every", "no");

    /** The actor and the actors coordinated before it: "Spain, Greece and Cyprus do not recognise …" gives three. */
    private List<Entity> coordinated(String body, Span s, List<Gazetteer.Mention> ents, Gazetteer.Mention actor,
            List<Entity> targets) {
        List<Entity> out = new ArrayList<>();
        out.add(actor.entity());
        int i = ents.indexOf(actor);
        Gazetteer.Mention right = actor;
        for (int k = i - 1; k >= 0; k--) {
            Gazetteer.Mention m = ents.get(k);
            if (m.start() < s.start() || !COORDINATION.matcher(body.substring(m.end(), right.start())).matches()) {
                break;
            }
            if (!actorListForm(body, m) || (targets != null && targets.contains(m.entity()))) {
                break;
            }
            String prev = lastWords(body.substring(s.start(), m.start()), 1).toLowerCase(Locale.ROOT);
            if (NOT_BEFORE_ACTOR.contains(prev)) {
                break; // "In Moscow, Russia …", "Unlike Spain, Germany …"
            }
            if (!out.contains(m.entity())) {
                out.add(0, m.entity());
            }
            right = m;
        }
        return out;
    }

    /** A list member that can act: a name or a metonym; the demonym and possessive forms act only at the list's head. */
    private static boolean actorListForm(String body, Gazetteer.Mention m) {
        return (m.form() == Gazetteer.Form.NAME || m.form() == Gazetteer.Form.METONYM || m.form() == Gazetteer.Form.PERSON)
                && !m.possessive() && actorForm(body, m);
    }

    /** The actors of a passive from {@code from}: "by Russia, Nicaragua and Syria" (never the target itself). */
    private List<Entity> actorList(String body, Span s, List<Gazetteer.Mention> ents, int from, Entity target) {
        List<Entity> out = new ArrayList<>();
        int pos = from;
        for (Gazetteer.Mention m : ents) {
            if (m.start() < from) {
                continue;
            }
            if (out.isEmpty() ? m.start() - from > 20 : !COORDINATION.matcher(body.substring(pos, m.start())).matches()) {
                break;
            }
            if (m.form() == Gazetteer.Form.DEMONYM || !actorForm(body, m) || m.entity().equals(target)) {
                break; // "by the United States and most EU members": EU members are not the EU
            }
            if (!out.contains(m.entity())) {
                out.add(m.entity());
            }
            pos = m.end();
        }
        return out;
    }

    private static String between(String body, int from, int to) {
        return from < to ? lastWords(body.substring(from, to), 6) : "";
    }

    /** Demonyms act only with a government noun after them: "Kazakh leader", not "Russian allies". */
    private static boolean actorForm(String body, Gazetteer.Mention m) {
        String rest = body.substring(m.end(), Math.min(body.length(), m.end() + 30));
        String next = nextWord(rest);
        if (m.form() == Gazetteer.Form.DEMONYM) {
            return GOVERNMENT_NOUNS.contains(next);
        }
        if (m.form() == Gazetteer.Form.PERSON) {
            return !m.possessive() || GOVERNMENT_NOUNS.contains(next) || next.equals("recognition");
        }
        if (NOT_THE_ENTITY.contains(next)) {
            return false; // "our NATO allies" are other states, not NATO; "the first EU country" is not the EU
        }
        if (m.possessive()) {
            return GOVERNMENT_NOUNS.contains(next) || next.equals("recognition");
        }
        return true;
    }

    private static boolean actorClose(String body, Gazetteer.Mention m, int ts) {
        return m.end() <= ts && WHITESPACE.split(body.substring(m.end(), ts).strip()).length <= 3
                && !body.substring(m.end(), ts).contains(",");
    }

    private static String nextWord(String rest) {
        String[] w = WORD_BREAK.split(POSSESSIVE_S.matcher(rest).replaceFirst(""));
        return w.length == 0 ? "" : w[0].toLowerCase(Locale.ROOT);
    }

    /** The end of the clause that starts at {@code from}: the next comma, semicolon or dash, or the sentence end. */
    private static int clauseEnd(String body, int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            char c = body.charAt(i);
            if (c == ',' || c == ';' || c == '—' || c == '–') {
                return i;
            }
        }
        return sentenceEnd;
    }

    private static Gazetteer.Mention firstAfter(List<Gazetteer.Mention> ents, int from, int to) {
        for (Gazetteer.Mention m : ents) {
            if (m.start() >= from && m.start() <= to + 20 && m.form() != Gazetteer.Form.DEMONYM
                    && m.form() != Gazetteer.Form.PERSON) {
                return m;
            }
        }
        return null;
    }

    private static Gazetteer.Mention lastBefore(List<Gazetteer.Mention> ents, int pos, int from) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : ents) {
            if (m.end() <= pos && m.start() >= from && m.form() != Gazetteer.Form.DEMONYM
                    && m.form() != Gazetteer.Form.PERSON) {
                best = m;
            }
        }
        return best;
    }

    private static int clauseStart(String body, int s, int pos) {
        for (int i = pos - 1; i > s; i--) {
            char c = body.charAt(i);
            if (c == ';' || c == ':' || c == '“' || c == '"' || c == '”') {
                return i + 1;
            }
        }
        return s;
    }

    private static String lastWords(String text, int n) {
        String[] w = WHITESPACE.split(text.strip());
        int from = Math.max(0, w.length - n);
        return String.join(" ", java.util.Arrays.asList(w).subList(from, w.length));
    }

    private static List<Gazetteer.Mention> after(List<Gazetteer.Mention> ents, int pos) {
        List<Gazetteer.Mention> out = new ArrayList<>();
        for (Gazetteer.Mention m : ents) {
            if (m.start() >= pos) {
                out.add(m);
            }
        }
        return out;
    }

    private static void put(Map<String, Found> out, Found f) {
        String key = (f.actor() == null ? "we@" + f.sentence().start() : f.actor().name()) + "|" + f.target().name() + "|" + f.stance();
        out.putIfAbsent(key, f);
    }
}

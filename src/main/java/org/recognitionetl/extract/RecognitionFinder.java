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
                    + "|\\b(?<sw>switch(?:ed|es|ing)?|shift(?:ed|s|ing)?|transferr?(?:ed|s|ing)?)\\s+(?:its\\s+|their\\s+)?(?:diplomatic\\s+)?(?:recognition|allegiance|ties|relations)\\s+from\\b"
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
    private static final Set<String> GOVERNMENT_NOUNS = Words.set("government", "leader", "leaders", "president",
            "ministry", "foreign", "parliament", "authorities", "officials", "administration", "prime", "cabinet",
            "embassy", "state", "premier", "chancellor", "king", "envoy", "ambassador", "diplomats", "legislature",
            "senate", "congress", "lawmakers", "decision", "move", "recognition", "mps", "duma", "council");
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
            List<Gazetteer.Mention> ents = gazetteer.find(body, ss, s.end());
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

    private static final String[] CUES = {"ecogni", "iplomatic", "part of", "rovince"};

    /**
     * Offsets of the words that can start a position, found with one scan per cue over the whole body: a cheap
     * pre-filter, since most sentences say nothing about recognition.
     */
    private static int[] cueOffsets(String body) {
        List<Integer> found = new ArrayList<>();
        for (String cue : CUES) {
            int i = body.indexOf(cue);
            while (i >= 0) {
                found.add(i);
                i = body.indexOf(cue, i + cue.length());
            }
        }
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private void sentence(String body, Span s, List<Gazetteer.Mention> ents, Matcher t, Map<String, Found> out) {
        int ts = t.start();
        int te = t.end();
        String word = t.group().toLowerCase(Locale.ROOT);
        String clauseBefore = body.substring(clauseStart(body, s.start(), ts), ts);
        String near = lastWords(clauseBefore, 6);
        if (t.group("cons") != null) {
            considersPartOf(body, s, ents, t, out);
            return;
        }
        if (t.group("sw") != null) {
            // switched recognition from A to B: withdraws A, recognises B
            Entity actor = actorBefore(body, s, ents, ts, null);
            int to = body.indexOf(" to ", te);
            // the switch ends with its clause: "…, ending ties with Taiwan" names no new side
            int clauseEnd = to < 0 ? -1 : clauseEnd(body, to, s.end());
            List<Gazetteer.Mention> after = new ArrayList<>();
            for (Gazetteer.Mention m : after(ents, te)) {
                if (m.start() < clauseEnd) {
                    after.add(m);
                }
            }
            if (actor != null && after.size() >= 2 && to > 0 && to < s.end()) {
                List<Entity> newSide = new ArrayList<>();
                for (Gazetteer.Mention m : after) {
                    if (m.start() > to) {
                        newSide.add(m.entity());
                    }
                }
                for (Gazetteer.Mention m : after) {
                    if (m.form() == Gazetteer.Form.DEMONYM || m.entity().equals(actor)) {
                        continue;
                    }
                    boolean old = m.start() < to;
                    if (old && newSide.contains(m.entity())) {
                        continue; // from the PLO to the State of Palestine: the same entity keeps recognition
                    }
                    put(out, new Found(actor, m.entity(), old ? Stance.WITHDRAWS_RECOGNITION : Stance.RECOGNIZES, s, ts, false));
                }
            }
            return;
        }
        if (HEDGE.matcher(near).find() || SENTENCE_HEDGE.matcher(body).region(s.start(), s.end()).find()) {
            return;
        }
        Stance stance;
        boolean noun = word.equals("recognition");
        if (t.group("brk") != null) {
            stance = Stance.WITHDRAWS_RECOGNITION;
        } else if (t.group("est") != null) {
            stance = NEGATION.matcher(near).find() ? Stance.DOES_NOT_RECOGNIZE : Stance.RECOGNIZES;
        } else if (word.startsWith("de")) {
            stance = Stance.WITHDRAWS_RECOGNITION;
        } else if (noun && WITHDRAW.matcher(lastWords(clauseBefore, 4)).find()) {
            stance = Stance.WITHDRAWS_RECOGNITION;
        } else if (NEGATION.matcher(near).find()) {
            stance = Stance.DOES_NOT_RECOGNIZE;
        } else if (CALL.matcher(lastWords(clauseBefore, 4)).find()) {
            return; // a call, a wish or a campaign for recognition is nobody's position
        } else if (INTEND.matcher(near).find() && !word.endsWith("ed")) {
            stance = Stance.INTENDS_TO_RECOGNIZE;
        } else if (word.equals("recognize") || word.equals("recognise")) {
            String prev = lastWords(clauseBefore, 1).toLowerCase(Locale.ROOT);
            if (prev.equals("to") && !DECIDED.matcher(lastWords(clauseBefore, 10)).find()) {
                return;
            }
            stance = Stance.RECOGNIZES;
        } else {
            stance = Stance.RECOGNIZES;
        }
        // passive: "Taiwan's sovereignty isn't recognized by the United States"
        String afterTrig = body.substring(te, Math.min(s.end(), te + 40));
        if (!noun && afterTrig.matches("(?s)\\s+by\\b.*")) {
            if (!PASSIVE_AUX.matcher(lastWords(clauseBefore, 2)).find()) {
                return; // "groups recognized by the UN": a reduced relative clause, not a stance on a state
            }
            Gazetteer.Mention actor = firstAfter(ents, te, te + 40);
            Gazetteer.Mention target = lastBefore(ents, ts, s.start());
            if (actor != null && target != null && actorForm(body, actor) && !actor.entity().equals(target.entity())) {
                put(out, new Found(actor.entity(), target.entity(), stance, s, ts, false));
            }
            return;
        }
        Entity actor;
        List<Entity> targets = new ArrayList<>();
        if (noun) {
            // "X's recognition of Y", "recognition of Y by X", "X extended/withdrew recognition to/of Y"
            Gazetteer.Mention poss = null;
            for (Gazetteer.Mention m : ents) {
                if (m.possessive() && m.end() <= ts && body.substring(m.end(), ts).matches("(?s)['’]?s?\\s*(?:formal\\s+|official\\s+|diplomatic\\s+|de facto\\s+)?")) {
                    poss = m;
                }
            }
            String rest = body.substring(te, s.end());
            Matcher of = Pattern.compile("^\\s+(?:of|to)\\b").matcher(rest);
            if (!of.find()) {
                return;
            }
            targets = targets(body, s, ents, te + of.end(), null);
            if (poss != null) {
                actor = poss.entity();
            } else {
                Matcher by = Pattern.compile("\\bby\\s+(?:the\\s+)?").matcher(rest);
                Gazetteer.Mention byActor = null;
                if (by.find()) {
                    byActor = firstAfter(ents, te + by.end(), te + by.end() + 3);
                }
                if (byActor != null) {
                    actor = byActor.entity();
                } else if (Pattern.compile("(?i)\\b(extend\\w*|grant\\w*|gave|give\\w*|accord\\w*|withdr\\w*|revok\\w*|suspend\\w*|froze|rescind\\w*|announc\\w*|offer\\w*)\\b")
                        .matcher(lastWords(clauseBefore, 4)).find()) {
                    actor = actorBefore(body, s, ents, ts, null);
                } else {
                    return;
                }
            }
        } else {
            targets = targets(body, s, ents, te, null);
            actor = actorBefore(body, s, ents, ts, targets);
            if (word.endsWith("ing") && actor != null && !actorClose(body, ents, actor, ts)) {
                actor = null; // "votes recognizing a Palestinian state": the gerund has no stated actor
            }
        }
        boolean we = false;
        if (actor == null && Pattern.compile("(?i)\\b(we|our country|our government)\\b\\W*(?:\\w+\\W+){0,4}$").matcher(clauseBefore).find()) {
            we = true;
        }
        for (Entity target : targets) {
            if (actor != null && !actor.equals(target)) {
                put(out, new Found(actor, target, stance, s, ts, false));
            } else if (we) {
                put(out, new Found(null, target, stance, s, ts, true));
            }
        }
    }

    /** "mainland China, which considers Taiwan part of its territory": China does not recognise Taiwan. */
    private void considersPartOf(String body, Span s, List<Gazetteer.Mention> ents, Matcher t, Map<String, Found> out) {
        Gazetteer.Mention target = firstAfter(ents, t.end(), t.end() + 30);
        if (target == null || target.form() != Gazetteer.Form.NAME
                || !body.substring(t.end(), target.start()).matches("\\s+(?:the\\s+)?")) {
            return; // "considers Taiwan part of …" only: the target follows the verb directly
        }
        String rest = body.substring(target.end(), Math.min(s.end(), target.end() + 60));
        if (!rest.matches("(?s)['’]?s?\\s+(?:as\\s+|to be\\s+)?(?:an?\\s+|its\\s+)?(?:integral\\s+|inalienable\\s+|renegade\\s+|breakaway\\s+)?(?:part|province|territory)\\b.*")) {
            return;
        }
        Entity actor = actorBefore(body, s, ents, t.start(), List.of(target.entity()));
        if (actor != null && !actor.equals(target.entity())) {
            put(out, new Found(actor, target.entity(), Stance.DOES_NOT_RECOGNIZE, s, t.start(), false));
        }
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
            if (m.form() == Gazetteer.Form.DEMONYM) {
                // "Russian allies" or "Palestinian people" are not targets
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
        String g = gap.replaceAll("[,\\-–—]", " ").strip();
        if (g.isEmpty() || gap.contains(",") || gap.contains(";")) {
            return false;
        }
        String[] w = g.split("\\s+");
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
        String g = gap.replaceAll("[,\\-–—]", " ").strip();
        if (g.isEmpty()) {
            return true;
        }
        String[] w = g.split("\\s+");
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
    private Entity actorBefore(String body, Span s0, List<Gazetteer.Mention> ents, int ts, List<Entity> targets) {
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
                return m.entity(); // "mainland China, which considers …": the antecedent acts
            }
            if (Words.set("in", "from", "with", "on", "at", "about", "against", "between", "into", "over", "near",
                    "across", "toward", "towards", "inside", "within", "ally", "allies", "to", "like").contains(prev)) {
                continue;
            }
            // inside an appositive ", an ally of Russia," that sits between subject and verb
            String after = body.substring(m.end(), ts);
            if (before.matches("(?s).*,\\s*(?:an?|the|its|a close|which|who)\\b[^,]*$") && after.matches("(?s)[^,]*,.*")) {
                continue;
            }
            return m.entity();
        }
        return null;
    }

    /** Demonyms act only with a government noun after them: "Kazakh leader", not "Russian allies". */
    private static boolean actorForm(String body, Gazetteer.Mention m) {
        String rest = body.substring(m.end(), Math.min(body.length(), m.end() + 30));
        String next = nextWord(rest);
        if (m.form() == Gazetteer.Form.DEMONYM) {
            return GOVERNMENT_NOUNS.contains(next);
        }
        if (Set.of("allies", "ally", "partners", "partner", "members", "member", "countries", "nations", "friends",
                "states").contains(next)) {
            return false; // "our NATO allies" are other states, not NATO
        }
        if (m.possessive()) {
            return GOVERNMENT_NOUNS.contains(next) || next.equals("recognition");
        }
        return true;
    }

    private static boolean actorClose(String body, List<Gazetteer.Mention> ents, Entity actor, int ts) {
        for (Gazetteer.Mention m : ents) {
            if (m.entity().equals(actor) && m.end() <= ts && body.substring(m.end(), ts).strip().split("\\s+").length <= 3
                    && !body.substring(m.end(), ts).contains(",")) {
                return true;
            }
        }
        return false;
    }

    private static String nextWord(String rest) {
        String[] w = rest.replaceFirst("^['’]?s?\\s+", "").split("[\\s,.]");
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
            if (m.start() >= from && m.start() <= to + 20 && m.form() != Gazetteer.Form.DEMONYM) {
                return m;
            }
        }
        return null;
    }

    private static Gazetteer.Mention lastBefore(List<Gazetteer.Mention> ents, int pos, int from) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : ents) {
            if (m.end() <= pos && m.start() >= from && m.form() != Gazetteer.Form.DEMONYM) {
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
        String[] w = text.strip().split("\\s+");
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

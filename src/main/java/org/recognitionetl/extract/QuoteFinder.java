package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotes and their source phrases: marked words with an attribution next to them (or standing as whole
 * sentences in a run of someone's quotes), unmarked words whose sentence ends in an attribution, and reported
 * speech (speech verb + content clause). Speakers are resolved afterwards by {@link SpeakerResolver}.
 */
final class QuoteFinder {
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to\\b");
    static final Pattern THAT_AFTER = Pattern.compile(
            "\\G(?:[\\s,]+(?!that\\b)[\\p{L}\\p{N}'’.\\-“”\"]+){0,8}?[\\s,]+that[\\s,]+");
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");

    /**
     * Where the content clause opened by "that" within a few words after {@code from} starts (the end of a
     * {@link #THAT_AFTER} match at {@code from} in text[from, to)), or -1. The regex is only tried when "that" occurs
     * in the range at all: most verbs have none after them, and the matcher (allocated, then tried word by word)
     * was a visible cost of every speech verb.
     */
    static int thatClauseStart(String body, int from, int to) {
        if (Chars.indexOf(body, "that", from, to) < 0) {
            return -1;
        }
        Matcher that = THAT_AFTER.matcher(body).region(from, to);
        return that.lookingAt() ? that.end() : -1;
    }
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    // the regexes of String.split and matches, compiled once instead of on every call
    private static final Pattern SPACES = Pattern.compile("[ \u00a0]+");
    private static final Pattern QUESTION_CLAUSE = Pattern.compile("(?i)(if|whether|why|how|what|who|when)\\b.*");
    /** Verbs that take a content clause without "that" ("she said the plan failed"). */
    private static final Set<String> BARE_CLAUSE_VERBS = Words.set("said", "says", "say", "told", "tells", "tell",
            "added", "adds", "warned", "warns", "argued", "argues", "claimed", "claims", "insisted", "insists",
            "noted", "notes", "wrote", "writes", "acknowledged", "admitted", "explained", "stressed", "predicted",
            "suggested", "suggests", "conceded", "contended", "asserted", "maintained", "declared", "reiterated",
            "confirmed", "emphasized", "indicated", "announced", "complained", "recalled", "saying", "adding",
            "arguing", "claiming", "insisting", "noting", "warning", "tweeted", "reported", "reports", "stated",
            "promised", "vowed", "boasted", "charged", "alleged", "countered", "responded", "replied", "argues",
            "admits", "acknowledges", "predicts", "concedes", "contends", "asserts", "maintains", "recalls",
            "reiterates", "confirms", "emphasizes", "complains", "alleges", "counters", "responds", "replies",
            "declares", "announces", "observes", "observed", "explains", "stresses", "suggesting", "acknowledging",
            "admitting", "revealed", "reveals", "disclosed", "cautioned", "testified", "testifies", "conceding",
            "stating", "declaring", "telling", "says", "writing", "emphasised", "reiterating", "confirming");
    /** Words that may follow an attribution verb without opening a content clause ("said at the forum"). */
    private static final Set<String> AFTER_VERB_OK = Words.set("at", "in", "on", "to", "during", "after", "before", "last",
            "this", "earlier", "later", "from", "while", "when", "as", "of", "about", "via", "yesterday", "today",
            "tonight", "recently", "afterward", "afterwards", "then", "again", "also", "repeatedly", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late", "early", "over", "through",
            "according", "adding", "in", "with", "by", "for", "under", "into", "outside", "inside", "told", "wrote",
            "recalled", "said", "added", "explained", "continued", "ago", "once", "afterward", "privately",
            "publicly", "flatly", "simply", "bluntly", "firmly", "quietly", "emphatically", "jokingly", "now",
            "previously", "separately", "shortly", "calmly", "angrily", "sharply", "proudly", "confidently");
    private static final Set<String> COMMA_CONTINUATIONS = Words.set("adding", "who", "which", "according", "a", "an",
            "the", "noting", "citing", "referring", "speaking", "as", "while", "when", "saying", "in", "on", "at",
            "explaining", "arguing", "insisting", "warning", "pointing", "calling", "his", "her", "their", "its");
    private static final Set<String> TOLD_OBJECTS = Words.set("reporters", "me", "him", "her", "us", "them", "journalists",
            "supporters", "lawmakers", "the", "a", "an", "an", "his", "their", "our", "this", "crowds", "students",
            "listeners", "viewers", "members", "delegates", "attendees", "congress", "parliament", "audiences");

    private final SpeechVerbs verbs;
    private final SourcePhrases sources;
    private final QuoteMarks marks = new QuoteMarks();

    QuoteFinder(SpeechVerbs verbs, SourcePhrases sources) {
        this.verbs = verbs;
        this.sources = sources;
    }

    List<QuoteCandidate> find(String original, int bylineEnd, List<Span> sentences) {
        // cleaned text often has no-break spaces where words meet; read as plain spaces (same offsets, so the
        // candidates still point into the original body) they no longer hide a subject or a clause from the rules
        String body = original.indexOf('\u00a0') >= 0 ? original.replace('\u00a0', ' ') : original;
        List<QuoteCandidate> out = new ArrayList<>();
        int p = 0;
        int si = 0;
        while (p <= body.length()) {
            int pe = body.indexOf('\n', p);
            if (pe < 0) {
                pe = body.length();
            }
            int from = si;
            while (si < sentences.size() && sentences.get(si).start() < pe) {
                si++;
            }
            List<Span> sents = sentences.subList(from, si);
            if (pe > p) {
                paragraph(body, Math.max(p, bylineEnd), pe, sents, out);
            }
            p = pe + 1;
        }
        out.sort(Comparator.comparingInt(QuoteCandidate::start));
        return joinContinuedParagraphs(body, out);
    }

    /**
     * A quote over several paragraphs has an opening mark on each and a closing mark only on the last: the
     * pieces are one quote, attributed where the article attributes any of them (usually the last).
     */
    private static List<QuoteCandidate> joinContinuedParagraphs(String body, List<QuoteCandidate> found) {
        List<QuoteCandidate> out = new ArrayList<>(found.size());
        for (QuoteCandidate q : found) {
            int last = out.size() - 1;
            if (last >= 0 && q.kind() == QuoteKind.DIRECT && out.get(last).kind() == QuoteKind.DIRECT
                    && continuesIntoNextParagraph(body, out.get(last).end(), q.start())
                    && !startsWithSpeakerLabel(body, q.start(), q.end())) {
                QuoteCandidate p = out.get(last);
                Attribution a = p.attribution().inherits() ? q.attribution() : p.attribution();
                out.set(last, new QuoteCandidate(p.start(), q.end(), QuoteKind.DIRECT, a));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** "PENCE: Well, …": a transcript's speaker label starts a new turn, not a continued quote. */
    private static boolean startsWithSpeakerLabel(String body, int start, int end) {
        int i = start;
        while (i < end && (Character.isUpperCase(body.charAt(i)) || " .'-".indexOf(body.charAt(i)) >= 0)) {
            i++;
        }
        return i > start + 1 && i < end && body.charAt(i) == ':';
    }

    /** Between the pieces: end punctuation, a paragraph break and one opening mark, and no closing mark. */
    private static boolean continuesIntoNextParagraph(String body, int from, int to) {
        boolean newline = false;
        int openers = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                newline = true;
            } else if (c == '"' || c == '“' || c == '«' || c == '‘' || c == '\'') {
                if (!newline) {
                    return false; // a mark before the break closed the first piece
                }
                openers++;
            } else if (!Character.isWhitespace(c) && ".!?,;:—–-".indexOf(c) < 0) {
                return false;
            }
        }
        return newline && openers == 1;
    }

    private void paragraph(String body, int ps, int pe, List<Span> sents, List<QuoteCandidate> out) {
        if (ps >= pe) {
            return;
        }
        if (embeddedPost(body, ps, pe, out)) {
            return;
        }
        if (colonBlock(body, ps, pe, out)) {
            return;
        }
        List<QuoteMarks.Marked> found = marks.find(body, ps, pe);
        List<Span> taken = new ArrayList<>();
        List<Span> hosts = new ArrayList<>();
        for (QuoteMarks.Marked m : found) {
            marked(body, ps, pe, sents, m, out, taken, hosts);
        }
        for (int k = 0; k < sents.size(); k++) {
            Span s = sents.get(k);
            if (s.start() < ps) {
                continue;
            }
            boolean hasMarks = false;
            for (QuoteMarks.Marked m : found) {
                if (new Span(m.openAt(), m.closeEnd()).overlaps(s)) {
                    hasMarks = true;
                    break;
                }
            }
            if (!hasMarks && unmarkedDirect(body, s, sents, k, found.isEmpty(), out, taken)) {
                continue;
            }
            indirect(body, s, out, taken, found);
        }
    }

    /**
     * "He added:" closing a paragraph, then a paragraph of unmarked words: a block quote, the whole paragraph
     * is the speaker's words (marks inside it are nested quotes). A paragraph opening with a mark is left to
     * the marked-quote rules.
     */
    private boolean colonBlock(String body, int ps, int pe, List<QuoteCandidate> out) {
        int k = ps - 1;
        while (k > 0 && Character.isWhitespace(body.charAt(k))) {
            k--;
        }
        if (k <= 0 || body.charAt(k) != ':' || k == ps - 1 || body.indexOf('\n', k) >= ps || body.indexOf('\n', k) < 0) {
            return false;
        }
        char first = body.charAt(ps);
        if (QUOTE_OPENERS.indexOf(first) >= 0 || Character.isDigit(first) || words(body, ps, pe, 3) < 3) {
            return false; // marked words, or a numbered list
        }
        int st = body.lastIndexOf('\n', k - 1) + 1;
        for (String end : SENTENCE_ENDS) {
            // an end before the paragraph cannot move st: the search stops there instead of at the body's start
            int dot = Chars.lastIndexOf(body, end, k - 1, st - end.length());
            st = Math.max(st, dot < 0 ? 0 : dot + end.length());
        }
        if (st >= k || words(body, st, k, 26) > 25) {
            return false;
        }
        int[] host = new int[1];
        Attribution a = leadAttribution(body, st, k + 1, host);
        if (a == null || a.cue().equals(":")) {
            return false;
        }
        out.add(new QuoteCandidate(ps, trimEnd(body, ps, pe), QuoteKind.DIRECT, a));
        return true;
    }

    /** A conjunction that opens a sentence of marked words continuing the previous speaker. */
    private static final Set<String> CONTINUING = Set.of("But", "And", "Yet", "Still,", "But,", "And yet,");
    private static final String[] SENTENCE_ENDS = {". ", ".” ", ".\" ", "? ", "?” ", "! "};
    private static final String QUOTE_OPENERS = "\"“‘'«„-—–•*";

    private void marked(String body, int ps, int pe, List<Span> sents, QuoteMarks.Marked m, List<QuoteCandidate> out,
                        List<Span> taken, List<Span> hosts) {
        int cs = m.start();
        int ce = m.end();
        while (cs < ce && Character.isWhitespace(body.charAt(cs))) {
            cs++;
        }
        ce = trimEnd(body, cs, ce);
        if (cs >= ce) {
            return;
        }
        if (m.unclosed()) {
            // the closing mark was lost: the attribution may sit inside what looks like the quote
            int[] cut = new int[1];
            Attribution a = trailingAttribution(body, cs, ce, cut);
            if (a != null && words(body, cs, cut[0], 3) >= 3) {
                add(out, taken, new QuoteCandidate(cs, trimEnd(body, cs, cut[0]), QuoteKind.DIRECT, a));
                return;
            }
        }
        if (words(body, cs, ce, 3) < 3 || (ce - cs < 60 && looksLikeLink(body, cs, ce)) || titleCase(body, cs, ce)) {
            return;
        }
        Span openSent = sentenceAt(sents, m.openAt());
        int beforeStart = openSent == null ? ps : Math.max(ps, openSent.start());
        for (Span t : taken) {
            if (t.end() <= m.openAt() && t.end() > beforeStart) {
                beforeStart = t.end() + 1;
            }
        }
        beforeStart = Math.min(beforeStart, m.openAt());
        String before = body.substring(beforeStart, m.openAt());
        if (NamingCue.endsWithNamingWord(before)) {
            return;
        }
        // a marked fragment inside the writer's own clause: "A cashier who “steals …” is held accountable,
        // Warren said." is one reported quote, the clause with its marks (ANNOTATION, settled hard cases)
        boolean fragment = !m.unclosed() && words(body, beforeStart, m.openAt(), 2) >= 2
                && verbs.first(body, beforeStart, m.openAt()) == null && !mentionsAccording(body, beforeStart, m.openAt())
                && noMarks(body, beforeStart, m.openAt());
        // 1. attribution right after the closing mark: "…," Tokayev said / "…," said Tokayev
        int afterEnd = afterLimit(body, sents, m.closeEnd(), pe);
        Attribution a = m.unclosed() && m.closeEnd() >= pe ? null : tailAttribution(body, m.closeEnd(), afterEnd);
        if (a != null) {
            if (fragment && afterEnd > m.closeEnd() && sentenceAt(sents, m.closeEnd()) != null) {
                add(out, taken, new QuoteCandidate(beforeStart, trimEnd(body, beforeStart, m.closeEnd()), QuoteKind.INDIRECT, a));
                return;
            }
            add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, a));
            return;
        }
        // 1b. a signature after a dash ends the paragraph: "“…” ― Jane Doe" (reader comments, epigraphs)
        a = dashSignature(body, m.closeEnd(), pe);
        if (a != null && !m.unclosed()) {
            add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, a));
            return;
        }
        // 1c. the second piece of a split quote whose attribution carries a long appositive or ends in a
        // semicolon: "“A,” says Jane Doe, a fellow at the institute in town, “B.”" (two quotes, one speaker)
        Attribution split = splitPieceAttribution(body, out, openSent, beforeStart, m.openAt());
        if (split != null && !m.unclosed()) {
            add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, split));
            return;
        }
        // 2. attribution right before the opening mark: Tokayev said: "…" / according to X, "…"
        int[] host = new int[1];
        a = leadAttribution(body, beforeStart, m.openAt(), host);
        if (a != null) {
            add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, a));
            return;
        }
        if (host[0] == 1) {
            return; // a fragment inside reported speech: the reported clause is the quote
        }
        // 2b. the sentence goes on and ends in an attribution: "…” and agile, says Ms. Tang."
        int sentEnd = afterLimitSame(sents, m.closeEnd(), pe);
        if (sentEnd > m.closeEnd() && noMarks(body, m.closeEnd(), sentEnd)) {
            int[] cut = new int[1];
            a = trailingAttribution(body, m.closeEnd(), sentEnd, cut);
            if (a != null) {
                if (fragment) {
                    add(out, taken, new QuoteCandidate(beforeStart, trimEnd(body, beforeStart, cut[0]), QuoteKind.INDIRECT, a));
                    return;
                }
                add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, a));
                return;
            }
        }
        // 2c. the sentence before ends in "X said:" and the quote follows (often as its own paragraph)
        if (before.isBlank()) {
            int k = m.openAt() - 1;
            while (k > 0 && Character.isWhitespace(body.charAt(k))) {
                k--;
            }
            if (k > 0 && body.charAt(k) == ':') {
                int dot = body.lastIndexOf(". ", k - 1);
                int st = Math.max(body.lastIndexOf('\n', k - 1) + 1, dot < 0 ? 0 : dot + 2);
                int[] host2 = new int[1];
                Attribution a2 = st < k ? leadAttribution(body, st, k + 1, host2) : null;
                if (a2 != null) {
                    add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, a2));
                    return;
                }
            }
        }
        // 2d. "Dan Coats stood by the assessment: “…”": a named subject opens the sentence and a colon
        // introduces marked words that end it
        String bt = before.stripTrailing();
        if (bt.endsWith(":") && !m.unclosed() && words(body, beforeStart, m.openAt(), 3) >= 3
                && onlyClosingPunctuation(body, m.closeEnd(), afterLimitSame(sents, m.closeEnd(), pe))) {
            int colon = beforeStart + bt.length() - 1;
            Attribution subject = sources.after(body, beforeStart, colon, ":");
            if (subject != null && subject.phraseStart() == beforeStart && !subject.phrase().isEmpty()
                    && Character.isUpperCase(subject.phrase().charAt(0))) {
                add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, subject));
                return;
            }
        }
        // 3. a whole sentence (or more) in marks with no attribution of its own: the current speaker's words
        // ("But “…”." after an attributed sentence goes on with the same speaker's words)
        if ((before.isBlank() || CONTINUING.contains(before.strip()))
                && onlyClosingPunctuation(body, m.closeEnd(), afterLimitSame(sents, m.closeEnd(), pe))) {
            add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.DIRECT, Attribution.inherit()));
        }
    }

    /**
     * The attribution of the marked piece right before, when only that attribution (and its appositives)
     * stands between the two pieces and ends in a comma or semicolon; null otherwise.
     */
    private static Attribution splitPieceAttribution(String body, List<QuoteCandidate> out, Span openSent,
                                                     int beforeStart, int openAt) {
        if (out.isEmpty() || openSent == null) {
            return null;
        }
        QuoteCandidate q = out.get(out.size() - 1);
        Attribution a = q.attribution();
        if (q.kind() != QuoteKind.DIRECT || a.inherits() || q.end() < openSent.start() || q.end() > beforeStart
                || a.phraseStart() <= q.end() || a.phraseStart() >= openAt || a.cue().equals("according to")) {
            return null;
        }
        String between = body.substring(q.end(), openAt).stripTrailing();
        if (!(between.endsWith(",") || between.endsWith(";")) || between.contains(". ") || between.length() > 200
                || !noMarks(body, q.end() + 2, openAt)) {
            return null;
        }
        return a;
    }

    /** An embedded post's signature closing a paragraph: "— Jane Doe (@janedoe) May 4, 2017". */
    private static final Pattern POST_SIGNATURE = Pattern.compile(
            "[—–―]\\s*(\\p{Lu}[^()—–―@]{1,60}?)\\s*\\(@\\w+\\)\\s*\\p{L}+\\.? \\d{1,2},? \\d{4}\\.?\\s*$");
    private static final Pattern POST_NUMBER = Pattern.compile("\\G\\s*\\d{1,2}[.)]\\s+");

    /**
     * A post embedded in the article (a tweet's text, then its author's signature): the text is the author's
     * words though no mark or speech verb says so. Numbered threads ("1. …") lose the number, links are dropped.
     */
    private boolean embeddedPost(String body, int ps, int pe, List<QuoteCandidate> out) {
        int at = Chars.indexOf(body, "(@", ps, pe);
        if (at < 0 || at >= pe) {
            return false;
        }
        Matcher m = POST_SIGNATURE.matcher(body).region(ps, pe);
        if (!m.find()) {
            return false;
        }
        int cs = ps;
        Matcher num = POST_NUMBER.matcher(body).region(ps, m.start());
        if (num.lookingAt()) {
            cs = num.end();
        }
        int ce = m.start();
        int link = body.indexOf("pic.twitter.com", cs);
        if (link >= 0 && link < ce) {
            ce = link;
        }
        while (cs < ce && (Character.isWhitespace(body.charAt(cs)) || body.charAt(cs) == '.' || "\"“‘".indexOf(body.charAt(cs)) >= 0)) {
            cs++;
        }
        while (ce > cs && (Character.isWhitespace(body.charAt(ce - 1)) || "\"”’".indexOf(body.charAt(ce - 1)) >= 0)) {
            ce--;
        }
        if (words(body, cs, ce, 3) < 3 || looksLikeLink(body, cs, Math.min(ce, cs + 60))) {
            return false;
        }
        out.add(new QuoteCandidate(cs, ce, QuoteKind.DIRECT, new Attribution(m.group(1).strip(), m.start(1), "tweeted")));
        return true;
    }

    /** Spaces (the no-break space too) and closing punctuation only: nothing that could attribute the words. */
    private static boolean onlyClosingPunctuation(String body, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = body.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && ".,!?;:)]".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "“…” ― Jane Doe" or "“…” — Jane Doe, a nurse": a dash, then a capitalised name (and an optional
     * appositive) running to the end of the paragraph. Null if the dash leads into more of the sentence.
     */
    private Attribution dashSignature(String body, int closeEnd, int pe) {
        int p = closeEnd;
        while (p < pe && (body.charAt(p) == ' ' || body.charAt(p) == '\u00a0' || body.charAt(p) == ',' || body.charAt(p) == '.')) {
            p++;
        }
        if (p >= pe || "―—–".indexOf(body.charAt(p)) < 0) {
            return null;
        }
        p++;
        while (p < pe && (body.charAt(p) == ' ' || body.charAt(p) == '\u00a0')) {
            p++;
        }
        int e = pe;
        while (e > p && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == '\u00a0'
                || body.charAt(e - 1) == '.')) {
            e--;
        }
        int comma = body.indexOf(',', p);
        int nameEnd = comma > 0 && comma < e ? comma : e;
        if (nameEnd - p < 3 || nameEnd - p > 60 || e - p > 160) {
            return null;
        }
        // every word of the name is capitalised (particles aside): "Julie A. Diaz Martinez", "Carlos Raúl"
        int words = 0;
        for (String w : SPACES.split(body.substring(p, nameEnd))) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) {
                return null;
            }
        }
        if (words < 1 || words > 6 || verbs.first(body, p, e) != null) {
            return null;
        }
        String phrase = body.substring(p, nameEnd).strip();
        if (phrase.endsWith(".") && !SourcePhrases.INITIAL_AT_END.matcher(phrase).matches()) {
            phrase = phrase.substring(0, phrase.length() - 1);
        }
        return new Attribution(phrase, p, "―");
    }

    private static final Set<String> NAME_PARTICLES = Words.fromResource("extract/name-particles.txt");

    /** End of the text that may hold an attribution after a closing mark: the rest of its sentence. */
    private static int afterLimit(String body, List<Span> sents, int closeEnd, int pe) {
        Span s = sentenceAt(sents, closeEnd);
        if (s == null || s.end() <= closeEnd) {
            // the mark closed the sentence: "…." Tokayev said. is split after the mark; look into the next one
            for (Span t : sents) {
                if (t.start() >= closeEnd) {
                    return Math.min(t.end(), pe);
                }
            }
            return closeEnd;
        }
        return s.end();
    }

    private static int afterLimitSame(List<Span> sents, int closeEnd, int pe) {
        Span s = sentenceAt(sents, closeEnd);
        return s == null ? Math.min(closeEnd, pe) : Math.max(closeEnd, s.end());
    }

    private static Span sentenceAt(List<Span> sents, int pos) {
        for (Span s : sents) {
            if (pos >= s.start() && pos < s.end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * An attribution starting at {@code pos} (after optional comma, dash or space): "Tokayev said at the
     * forum", "said Rep. Jane Doe", "according to officials". Null if the text there is something else.
     */
    Attribution tailAttribution(String body, int pos, int end) {
        return tailAttribution(body, pos, end, false);
    }

    Attribution tailAttribution(String body, int pos, int end, boolean strict) {
        int p = pos;
        while (p < end && " ,—–-\u00a0".indexOf(body.charAt(p)) >= 0) {
            p++;
        }
        if (p >= end) {
            return null;
        }
        // matchers are made only after the cheap check: creating one per call was a visible cost
        if (mentionsAccording(body, p, Math.min(end, p + 12))) {
            Matcher acc = ACCORDING.matcher(body).region(p, end);
            if (acc.lookingAt()) {
                return sources.after(body, acc.end(), end, "according to");
            }
        }
        SpeechVerbs.Hit v = verbs.first(body, p, Math.min(end, p + 200));
        if (v != null && v.start() > p && NOUN_DETERMINERS.contains(prevWord(body, p, v.start()))) {
            // "“…,” the report said": after a determiner the form is a noun, the verb comes later
            v = verbs.first(body, v.end(), Math.min(end, p + 200));
        }
        if (v == null) {
            return null;
        }
        Attribution a;
        if (v.start() == p) {
            if (body.startsWith(" that ", v.end())) {
                return null; // "“…” suggests that …": the marked words are the subject of a reporting clause
            }
            a = sources.after(body, v.end(), end, v.form());
            if (a == null) {
                return null;
            }
        } else {
            a = sources.before(body, p, v.start(), v.form());
            if (a != null && !body.substring(p, a.phraseStart()).isBlank()
                    && (!strict || lowerCasePrefix(body, p, a)) && rolePrefix(body, p, a.phraseStart())) {
                // "IMF chief economist Maury Obstfeld said": a role in unlisted words before the name
                return restIsAdjunct(body, v.end(), end, v.form(), strict) ? a : null;
            }
            if (a == null || !body.substring(p, a.phraseStart()).isBlank()) {
                // "Jane Doe, a fellow at the institute, a think tank in town, told me": the name before the
                // first comma, whatever the appositives between it and the verb
                a = nameBeforeAppositives(body, p, v.start(), v.form());
                if (a == null) {
                    return null;
                }
            }
        }
        return restIsAdjunct(body, Math.max(v.end(), a.phraseStart() + a.phrase().length()), end, v.form(), strict)
                ? a : null;
    }

    /** A possessive right before {@code pos}: "Trump's", "the ministry’s". */
    private static boolean possessiveBefore(String body, int limit, int pos) {
        int e = pos;
        while (e > limit && body.charAt(e - 1) == ' ') {
            e--;
        }
        if (e - 2 <= limit || body.charAt(e - 1) != 's' || (body.charAt(e - 2) != '\'' && body.charAt(e - 2) != '’')) {
            return false;
        }
        // "he's claiming", "it's": a contracted "is", not a possessive
        return !CONTRACTED_IS.contains(prevWord(body, limit, e - 2));
    }

    private static final Set<String> CONTRACTED_IS = Words.set("he", "she", "it", "that", "there", "who", "what",
            "where", "here", "everyone", "nobody", "somebody", "someone", "everybody");

    private static final Set<String> NOUN_DETERMINERS = Words.set("the", "a", "an", "its", "his", "her", "their",
            "this", "that", "our", "whose");

    /**
     * "As Jane Doe wrote for the paper in May, both sides …", "As Doe put it, …": the clause after the comma is
     * reported, like after "according to X,".
     */
    private boolean asSourcePuts(String body, Span s, List<QuoteCandidate> out, List<Span> taken) {
        if (!body.startsWith("As ", s.start()) && !body.startsWith("as ", s.start())) {
            return false;
        }
        int comma = body.indexOf(',', s.start());
        if (comma < 0 || comma >= s.end() || words(body, s.start(), comma, 15) > 14) {
            return false;
        }
        SpeechVerbs.Hit v = verbs.first(body, s.start() + 3, comma);
        boolean putIt = false;
        if (v == null) {
            int put = Chars.indexOf(body, " put it", s.start(), comma);
            putIt = put > 0 && put < comma;
            if (!putIt) {
                return false;
            }
            v = new SpeechVerbs.Hit(put + 1, put + 7, "put it");
        }
        Attribution a = sources.before(body, s.start() + 3, v.start(), v.form());
        if (a == null || !body.substring(s.start() + 3, a.phraseStart()).isBlank()) {
            return false;
        }
        int cs = comma + 1;
        while (cs < s.end() && body.charAt(cs) == ' ') {
            cs++;
        }
        int ce = trimEnd(body, cs, s.end());
        if (words(body, cs, ce, 3) < 3 || !free(taken, cs, ce)) {
            return false;
        }
        add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.INDIRECT, a));
        return true;
    }

    private static final Set<String> QUANTIFIER_SUBJECTS = Words.set("some", "others", "many", "several", "most",
            "few");
    /** Verb phrases before "to" that report the saying as done, not wanted, refused or planned. */
    private static final String[] SAYING_INFINITIVES = {" went on to ", " goes on to ", " go on to ", " going on to ",
            " gone on to ", " was quick to ", " is quick to ", " were quick to ", " are quick to ", " tried to ",
            " continued to ", " continues to ", " proceeded to ", " took to Twitter to ", " took the opportunity to "};

    /** Where the subject ends before "went on to say": -1 if the infinitive before the verb reports nothing. */
    private static int saysAfterInfinitive(String body, int s, int vs) {
        for (String p : SAYING_INFINITIVES) {
            int at = vs - p.length() + 1;
            if (at > s && body.startsWith(p, at - 1) && body.startsWith(p.substring(0, p.length() - 1), at - 1)) {
                return at;
            }
        }
        return -1;
    }

    /** "“…,” Merkel told reporters after …": the verb already attributes the marked quote right before its subject. */
    private static boolean attributesTakenQuote(String body, List<Span> taken, int sentenceStart, int subjectStart) {
        for (Span t : taken) {
            if (t.end() > sentenceStart && t.end() <= subjectStart && subjectStart - t.end() <= 4) {
                boolean onlyMarks = true;
                for (int i = t.end(); i < subjectStart; i++) {
                    if (Character.isLetterOrDigit(body.charAt(i))) {
                        onlyMarks = false;
                        break;
                    }
                }
                if (onlyMarks) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Up to five plain words with no punctuation, verb or auxiliary among them: "IMF chief economist". */
    private static boolean rolePrefix(String body, int s, int e) {
        if (words(body, s, e, 6) > 5) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = body.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false;
            }
        }
        Matcher w = WORDS.matcher(body).region(s, e);
        while (w.find()) {
            String x = w.group().toLowerCase(Locale.ROOT);
            if (FINITE.contains(x) || SUBORDINATORS.contains(x) || x.equals("and") || x.equals("but")
                    || SourcePhrases.PRONOUNS.contains(x) || x.endsWith("ly")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, top black lawmakers said.": plain lower-case words (or acronyms) in front of a lower-case source noun are its
     * modifiers, even where a name with a role in front would be too loose.
     */
    private static boolean lowerCasePrefix(String body, int p, Attribution a) {
        if (a.phrase().isEmpty() || !Character.isLowerCase(a.phrase().charAt(0)) || words(body, p, a.phraseStart(), 4) > 3) {
            return false;
        }
        for (int i = p; i < a.phraseStart(); i++) {
            char c = body.charAt(i);
            if (Character.isDigit(c) || (Character.isUpperCase(c) && i + 1 < a.phraseStart()
                    && Character.isLowerCase(body.charAt(i + 1)))) {
                return false; // a name or a number; an acronym ("one GOP source") is a modifier
            }
        }
        return true;
    }

    private Attribution nameBeforeAppositives(String body, int p, int verbStart, String cue) {
        int comma = body.indexOf(',', p);
        if (comma < 0 || comma >= verbStart || comma - p > 60) {
            return null;
        }
        String between = body.substring(comma, verbStart).stripTrailing();
        if (!between.endsWith(",") || between.contains(".\u0020") || between.contains("\"") || between.contains("“")) {
            return null;
        }
        Attribution a = sources.before(body, p, comma, cue);
        if (a == null || !body.substring(p, a.phraseStart()).isBlank() || !Character.isUpperCase(a.phrase().charAt(0))
                || SourcePhrases.PRONOUNS.contains(a.phrase().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return a;
    }

    /**
     * After "X said" only adjuncts may follow ("at the forum", "on Monday", "told reporters"), not a content
     * clause ("he said the plan failed" is reported speech, not an attribution). Marked quotes are looser:
     * their marks already say where the words end.
     */
    private static boolean restIsAdjunct(String body, int from, int end, String verb, boolean strict) {
        Matcher w = WORDS.matcher(body).region(from, end);
        if (!w.find()) {
            return true;
        }
        if (verb.startsWith("call")) {
            return false; // "called for early elections": the particle verb takes an object, never a bare adjunct
        }
        String between = body.substring(from, w.start());
        String rest = body.substring(w.start(), end);
        if (strict && between.contains(",") && !between.contains(";") && !between.contains("—")
                && !between.contains("(")) {
            // ", X said, she planted …" goes on with a clause: the words after it are the quote, not these
            return words(body, w.start(), end, 5) <= 4 || COMMA_CONTINUATIONS.contains(w.group().toLowerCase(Locale.ROOT));
        }
        if (between.contains(",") || between.contains(";") || between.contains(".") || between.contains("—")
                || between.contains(":") || between.contains("\"") || between.contains("“") || between.contains("(")) {
            return true;
        }
        int stop = rest.indexOf(',');
        if (strict && stop >= 0 && words(body, w.start() + stop, end, 4) >= 4) {
            Matcher after = WORDS.matcher(body).region(w.start() + stop, end);
            if (after.find() && !COMMA_CONTINUATIONS.contains(after.group().toLowerCase(Locale.ROOT))) {
                return false; // ", he told me on Friday, is that …": the sentence goes on past the attribution
            }
        }
        String upToComma = stop >= 0 ? rest.substring(0, stop) : rest;
        Matcher that = THAT.matcher(upToComma);
        // marked words: only a "that" right after the verb and its hearer opens a clause ("told reporters after
        // the meeting that was held …" has a relative one)
        if (that.find() && (strict || words(upToComma, 0, that.start(), 3) <= 2)) {
            return false;
        }
        String first = w.group().toLowerCase(Locale.ROOT);
        if (AFTER_VERB_OK.contains(first)) {
            return true;
        }
        int restEnd = stop >= 0 ? w.start() + stop : end;
        int n = words(body, w.start(), restEnd);
        // marked words end where their marks do: a longer adjunct still only says when and where they were said
        // ("told Trump earlier after greeting the commander in chief at the airport")
        if (verb.startsWith("tel") || verb.startsWith("told")) {
            return n <= (strict ? 7 : 16) || !strict && !hasClauseVerb(body, w.start(), restEnd);
        }
        return !strict && (n <= 12 || !hasClauseVerb(body, w.start(), restEnd));
    }

    /** Auxiliaries and "to" after which a verb form is no clause's own verb ("to be aired", "was held"). */
    private static final Set<String> NON_FINITE_BEFORE = Words.set("to", "be", "been", "being", "was", "were", "is",
            "are", "has", "have", "had");

    /**
     * A finite verb of its own among the words: after marked words, "told us in an interview on the trail at the
     * university" is a long adjunct, "said the plan was a failure" a content clause.
     */
    private static boolean hasClauseVerb(String body, int from, int to) {
        Matcher w = WORDS.matcher(body).region(from, to);
        String prev = "";
        while (w.find()) {
            String x = w.group().toLowerCase(Locale.ROOT);
            if (finiteVerb(x) && !NON_FINITE_BEFORE.contains(prev)) {
                return true;
            }
            prev = x;
        }
        return false;
    }

    /**
     * Attribution ending at the opening mark: "Tokayev said:", "he told reporters,", "according to X,", "X:".
     * Sets host[0] = 1 when a speech verb opens a longer reported clause that the marks sit inside.
     */
    private Attribution leadAttribution(String body, int from, int openAt, int[] host) {
        String before = body.substring(from, openAt);
        if (before.isBlank()) {
            return null;
        }
        SpeechVerbs.Hit v = verbs.last(body, from, openAt);
        int vs = v == null ? -1 : v.start();
        int ve = v == null ? -1 : v.end();
        String cue = v == null ? null : v.form();
        int as = -1;
        int ae = -1;
        if (mentionsAccording(body, from, openAt)) { // every match contains "ccording to"
            Matcher acc = ACCORDING.matcher(body).region(from, openAt);
            while (acc.find()) {
                as = acc.start();
                ae = acc.end();
            }
        }
        if (as > vs) {
            String rest = body.substring(ae, openAt);
            if (rest.strip().endsWith(",") || rest.strip().endsWith(":")) {
                return sources.after(body, ae, openAt, "according to");
            }
            return null;
        }
        if (vs >= 0) {
            String rest = body.substring(ve, openAt);
            int n = words(body, ve, openAt);
            if (n <= 6 && !THAT.matcher(rest).find() && !opensClause(body, ve, openAt)) {
                Attribution a = sources.before(body, from, vs, cue);
                // (after "told" stands the hearer, never the source)
                if (a == null && vs > from && !cue.endsWith("ing") && !cue.startsWith("told") && !cue.startsWith("tell")) {
                    a = sources.after(body, ve, openAt, cue); // Said Tokayev: "…"
                }
                if (a == null && cue.endsWith("ing")) {
                    // "Netanyahu was clear, saying, “…”": the subject of the main clause, found like a pronoun
                    a = new Attribution("he", vs, cue);
                }
                return a != null ? a : new Attribution("", vs, cue);
            }
            host[0] = 1;
            return null;
        }
        String t = before.stripTrailing();
        if (t.endsWith(":")) {
            Attribution a = sources.before(body, from, from + t.length() - 1, ":");
            if (a != null && body.substring(from, a.phraseStart()).isBlank()) {
                return a;
            }
        }
        return null;
    }

    /** "Of course, that would be chaos, Tokayev said at the forum." gives a DIRECT quote without marks. */
    private boolean unmarkedDirect(String body, Span s, List<Span> sents, int k, boolean paragraphUnmarked,
                                   List<QuoteCandidate> out, List<Span> taken) {
        if (body.charAt(s.end() - 1) == '?') {
            return false;
        }
        int[] cut = new int[1];
        Attribution a = trailingAttribution(body, s.start(), s.end(), cut);
        if (a == null || words(body, s.start(), cut[0], 3) < 3 || adverbialOnly(body, s.start(), cut[0])) {
            return false;
        }
        int start = s.start();
        // the words may run over the earlier sentences of the paragraph when none of them is attributed
        if (paragraphUnmarked && k == sents.size() - 1 && k > 0 && k <= 2) {
            boolean plain = true;
            for (int j = 0; j < k; j++) {
                Span e = sents.get(j);
                if (verbs.first(body, e.start(), e.end()) != null || mentionsAccording(body, e.start(), e.end())) {
                    plain = false;
                }
            }
            if (plain) {
                start = sents.get(0).start();
            }
        }
        add(out, taken, new QuoteCandidate(start, trimEnd(body, start, cut[0]), QuoteKind.DIRECT, a));
        return true;
    }

    /** Looks for ", X said …" closing [s, e); cut[0] receives the comma's offset. */
    private Attribution trailingAttribution(String body, int s, int e, int[] cut) {
        int lo = Math.max(s, e - 160);
        for (int c = e - 1; c >= lo; c--) {
            char ch = body.charAt(c);
            if (ch == ',' || ch == '—') {
                Attribution a = tailAttribution(body, c + 1, e, true);
                if (a != null) {
                    cut[0] = c;
                    int prev = body.lastIndexOf(',', c - 1);
                    if (prev > s && sources.isRoleAppositive(body, prev + 1, c)) {
                        cut[0] = prev; // the source's role in apposition before the name is not quoted
                    }
                    return a;
                }
            }
            if (ch == '"' || ch == '”' || ch == '“') {
                break;
            }
        }
        return null;
    }

    /** Reported speech: "He further explained that Kazakhstan does not recognize …". */
    private void indirect(String body, Span s, List<QuoteCandidate> out, List<Span> taken, List<QuoteMarks.Marked> found) {
        if (body.charAt(s.end() - 1) == '?') {
            return;
        }
        boolean according = mentionsAccording(body, s.start(), s.end());
        Matcher acc = according ? ACCORDING.matcher(body).region(s.start(), s.end()) : null;
        if (according && acc.find() && acc.start() == s.start()) {
            int comma = body.indexOf(',', acc.end());
            if (comma > 0 && comma < s.end()) {
                Attribution a = sources.after(body, acc.end(), comma, "according to");
                if (a == null && words(body, acc.end(), comma, 13) <= 12) {
                    // "According to exit polls, …", "According to the data, …": the comma closes the source
                    int ps0 = acc.end();
                    while (ps0 < comma && body.charAt(ps0) == ' ') {
                        ps0++;
                    }
                    a = ps0 < comma ? new Attribution(body.substring(ps0, comma), ps0, "according to") : null;
                }
                int cs = comma + 1;
                while (cs < s.end() && body.charAt(cs) == ' ') {
                    cs++;
                }
                int ce = trimEnd(body, cs, s.end());
                if (a != null && words(body, cs, ce, 3) >= 3 && free(taken, cs, ce)) {
                    add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.INDIRECT, a));
                    return;
                }
            }
        }
        if (asSourcePuts(body, s, out, taken)) {
            return;
        }
        for (SpeechVerbs.Hit v : verbs.find(body, s.start(), s.end())) {
            int vs = v.start();
            if (insideMarks(found, vs) || !free(taken, vs, v.end())) {
                continue;
            }
            String cue = v.form();
            String prev = prevWord(body, s.start(), vs);
            if ((!prev.equals("that") && NOUN_DETERMINERS.contains(prev))
                    || (possessiveBefore(body, s.start(), vs) && !body.startsWith(" that ", v.end()))) {
                // "the remarks", "Mr. Obama's remarks on Saturday": the noun, not the verb ("Trump's claim that
                // …" still reports what he claimed)
                continue;
            }
            int sp = cue.indexOf(' ');
            String verbWord = sp < 0 ? cue : cue.substring(0, sp);
            boolean participle = verbWord.endsWith("ed") || verbWord.equals("said") || verbWord.equals("told")
                    || verbWord.equals("written");
            int subjectEnd = vs;
            if (prev.equals("to")) {
                // "went on to say that …", "was quick to add that …": the speaker does say it; other
                // infinitives ("refused to say", "is said to") report nothing
                subjectEnd = saysAfterInfinitive(body, s.start(), vs);
                if (subjectEnd < 0) {
                    continue;
                }
            }
            if (participle && (prev.equals("is") || prev.equals("was") || prev.equals("were")
                    || prev.equals("are") || prev.equals("be") || prev.equals("been") || prev.equals("being"))) {
                continue; // "is said to", "was told": passive, not an attribution
            }
            Attribution a = sources.before(body, s.start(), subjectEnd, cue);
            if (a == null && QUANTIFIER_SUBJECTS.contains(prev)) {
                // "Some argued that …", "Others say …": an anonymous source
                a = new Attribution("", vs, cue);
            }
            if (a == null && cue.endsWith("ing") && (body.substring(s.start(), vs).stripTrailing().endsWith(",")
                    || prev.equals("by") || prev.equals("from")
                    || body.startsWith(" that ", v.end()))) {
                // "…, adding that …", "…, even suggesting he …": the main clause's subject, resolved like "he"
                a = new Attribution("he", vs, cue);
            }
            if (a == null && coordinated(body, s.start(), vs)) {
                // "He claimed vast wealth and said it …": the second verb shares the first one's subject
                a = new Attribution("he", vs, cue);
            }
            if (a == null) {
                a = relativeOrTailedSubject(body, s.start(), subjectEnd, cue);
            }
            if (a == null || attributesTakenQuote(body, taken, s.start(), a.phraseStart())) {
                continue;
            }
            // "Back home, Mr. Clarke said, he decided …": the attribution sits between commas
            // (not a relative clause: "The union, which announced the strike, said …" is the union speaking)
            int vEnd = adjunctBeforeComma(body, v.end(), s.end());
            if (body.startsWith(",", vEnd) && a.phraseStart() > s.start() && !RELATIVE_PRONOUNS.contains(prev)
                    && body.substring(s.start(), a.phraseStart()).stripTrailing().endsWith(",")) {
                int cs0 = vEnd + 1;
                while (cs0 < s.end() && body.charAt(cs0) == ' ') {
                    cs0++;
                }
                int ce0 = concessiveCut(body, cs0, trimEnd(body, cs0, s.end()));
                // the words before the attribution are reported too: "Acts of protest, he said, are acts of …"
                // gives two quotes, like the split rule for marked speech
                int ae = trimEnd(body, s.start(), a.phraseStart());
                boolean added = false;
                if (words(body, s.start(), ae, 3) >= 3 && free(taken, s.start(), ae) && noMarks(body, s.start(), ae)
                        && verbs.first(body, s.start(), ae) == null && !adverbialOnly(body, s.start(), ae)) {
                    add(out, taken, new QuoteCandidate(s.start(), ae, QuoteKind.INDIRECT, a));
                    added = true;
                }
                if (words(body, cs0, ce0, 3) >= 3 && free(taken, cs0, ce0)) {
                    add(out, taken, new QuoteCandidate(cs0, ce0, QuoteKind.INDIRECT, a));
                    added = true;
                }
                if (added) {
                    return;
                }
            }
            int cs = -1;
            int thatEnd;
            if (INFINITIVE_VERBS.contains(verbWord) && !body.startsWith(" that ", v.end())) {
                cs = infinitiveStart(body, v.end(), s.end(), verbWord, cue.indexOf(' ') > 0);
            }
            if (cs >= 0) {
                // "called for contestants to wear dresses that showed …": the infinitive content, whole
            } else if ((thatEnd = thatClauseStart(body, v.end(), s.end())) >= 0 && !relativeThat(body, v.end(), thatEnd)) {
                cs = thatEnd;
            } else if (BARE_CLAUSE_VERBS.contains(cue)) {
                cs = bareClauseStart(body, v.end(), s.end(), cue);
            }
            if (cs < 0 && DESCRIBE.contains(verbWord)) {
                cs = describedAs(body, v.end(), s.end());
            }
            if (cs < 0 && INFINITIVE_VERBS.contains(verbWord)) {
                cs = infinitiveStart(body, v.end(), s.end(), verbWord, cue.indexOf(' ') > 0);
            }
            if (cs < 0) {
                continue;
            }
            int ce = trimEnd(body, cs, s.end());
            if (words(body, cs, ce, 3) < 3 || !free(taken, cs, ce)) {
                continue;
            }
            String clause = body.substring(cs, ce);
            if (cue.equals("asked") && QUESTION_CLAUSE.matcher(clause).matches()) {
                continue;
            }
            int uncut = ce;
            ce = concessiveCut(body, cs, ce);
            if (ce < uncut) {
                // "…, though she noted clients are …": the concession may report speech of its own
                int rs = ce + 1;
                while (rs < s.end() && (body.charAt(rs) == ',' || body.charAt(rs) == ' ')) {
                    rs++;
                }
                if (rs < s.end() && verbs.first(body, rs, s.end()) != null) {
                    indirect(body, new Span(rs, s.end()), out, taken, found);
                }
            }
            // "X said A, arguing that B": the participle clause is the writer's gloss; its own "that" clause is
            // a second quote of the same speaker
            SpeechVerbs.Hit pv = participleAfterComma(body, cs, ce);
            if (pv != null) {
                int that2 = thatClauseStart(body, pv.end(), ce);
                if (that2 >= 0 && words(body, that2, ce, 3) >= 3) {
                    add(out, taken, new QuoteCandidate(that2, ce, QuoteKind.INDIRECT,
                            new Attribution(a.phrase(), a.phraseStart(), pv.form())));
                }
                ce = trimEnd(body, cs, pv.start() - 2);
            }
            // "X says A and says B": two reported clauses of one speaker, each its own quote
            int[] second = new int[3];
            Attribution[] other = new Attribution[1];
            String cue2 = secondClause(body, cs, ce, second, other);
            if (cue2 != null) {
                add(out, taken, new QuoteCandidate(cs, trimEnd(body, cs, second[0]), QuoteKind.INDIRECT, a));
                add(out, taken, new QuoteCandidate(second[1], second[2], QuoteKind.INDIRECT,
                        other[0] != null ? other[0] : new Attribution(a.phrase(), a.phraseStart(), cue2)));
                return;
            }
            add(out, taken, new QuoteCandidate(cs, ce, QuoteKind.INDIRECT, a));
            return;
        }
        // "…, according to officials."
        Matcher tail = according ? ACCORDING.matcher(body).region(s.start(), s.end()) : null;
        while (according && tail.find()) {
            int comma = tail.start() - 2;
            if (comma > s.start() && body.charAt(comma) == ',') {
                Attribution a = sources.after(body, tail.end(), s.end(), "according to");
                if (a == null) {
                    a = accordingToAnySource(body, tail.end(), s.end());
                }
                if (a != null && words(body, s.start(), comma, 3) >= 3 && free(taken, s.start(), comma)) {
                    add(out, taken, new QuoteCandidate(s.start(), comma, QuoteKind.INDIRECT, a));
                    return;
                }
            }
        }
    }

    /**
     * "…, according to the union.", "…, according to federal statistics.": whatever short phrase closes the
     * sentence after "according to" is the source, as at the head of a sentence ("According to exit polls, …").
     */
    private Attribution accordingToAnySource(String body, int from, int end) {
        int ps = from;
        while (ps < end && body.charAt(ps) == ' ') {
            ps++;
        }
        int pe = trimEnd(body, ps, end);
        while (pe > ps && ".!;".indexOf(body.charAt(pe - 1)) >= 0) {
            pe--;
        }
        if (pe <= ps || words(body, ps, pe, 13) > 12 || !noMarks(body, ps, pe) || body.substring(ps, pe).contains(",")
                || verbs.first(body, ps, pe) != null) {
            return null;
        }
        return new Attribution(body.substring(ps, pe), ps, "according to");
    }

    /**
     * Verbs whose reported content is an infinitive ("vowed to form …", "urged Republicans to join …") or, with
     * "call for", a noun phrase ("called for the repeal of …"): ANNOTATION counts the words after the verb.
     */
    private static final Set<String> INFINITIVE_VERBS = Words.fromResource("extract/infinitive-cues.txt");
    /** "called for years", "called for hours": how long, not what was called for. */
    private static final Set<String> DURATIONS = Words.set("years", "months", "weeks", "days", "hours", "decades",
            "minutes", "ages", "some", "long", "most", "much");

    /** Verbs that take "to" right away ("vowed to"); the others name the hearer first ("urged X to"). */
    private static final Set<String> TO_RIGHT_AWAY = Words.fromResource("extract/infinitive-cues-direct.txt");

    private static int infinitiveStart(String body, int from, int end, String verbWord, boolean particle) {
        Matcher w = WORDS.matcher(body).region(from, end);
        if (!w.find() || !spaceGap(body, from, w.start())) {
            return -1;
        }
        int at = w.start();
        String first = w.group().toLowerCase(Locale.ROOT);
        if (particle && verbWord.startsWith("call") && body.startsWith("for", from - 3)) {
            // "called for the complete repeal of …"; not "called for a moment" (too short) or "called for years"
            return DURATIONS.contains(first) || WEEKDAYS.contains(first) ? -1 : at;
        }
        if (TO_RIGHT_AWAY.contains(verbWord)) {
            return first.equals("to") ? at : -1;
        }
        if (!particle && verbWord.startsWith("call")) {
            return -1; // "called X Y" names, it does not report
        }
        // "urged Republicans to join", "called on fellow Republicans to …", "asked the candidates to discuss …"
        if (first.equals("to") || AFTER_VERB_OK.contains(first) || WEEKDAYS.contains(first) || NOT_CLAUSE.contains(first)) {
            return -1;
        }
        int prevEnd = w.end();
        for (int k = 0; k < 5 && w.find(); k++) {
            if (!spaceGap(body, prevEnd, w.start())) {
                return -1;
            }
            String x = w.group().toLowerCase(Locale.ROOT);
            if (x.equals("to")) {
                return k == 0 && !Character.isUpperCase(body.charAt(at)) && !TOLD_OBJECTS.contains(first) ? -1 : at;
            }
            if (x.equals("that") || finiteVerb(x)) {
                return -1;
            }
            prevEnd = w.end();
        }
        return -1;
    }

    /**
     * "said officials have video that shows …": a finite verb between the speech verb and "that" means the
     * "that" opens a relative clause inside the reported one, not the reported clause itself.
     */
    private static boolean relativeThat(String body, int from, int thatEnd) {
        Matcher w = WORDS.matcher(body).region(from, thatEnd);
        int n = 0;
        while (w.find()) {
            n++;
            String x = w.group();
            if (n == 1 && SUBORDINATORS.contains(x.toLowerCase(Locale.ROOT))) {
                return false; // "said after she met the crew that …": the verb belongs to the adverbial clause
            }
            if (n > 1 && !x.equals("that") && Character.isLowerCase(x.charAt(0)) && FINITE.contains(x)) {
                return true;
            }
            if (n > 2 && x.equals("to")) {
                return true; // "urged leaders to wear badges that …": an infinitive before the "that"
            }
        }
        return false;
    }

    /**
     * "Cruz said he has had “…” with Trump": words after the verb that start a clause (a subject pronoun or a
     * determiner right after it) and no comma or colon before the mark, so the marks sit inside reported speech.
     */
    private static boolean opensClause(String body, int verbEnd, int openAt) {
        String rest = body.substring(verbEnd, openAt).strip();
        if (rest.isEmpty() || rest.endsWith(",") || rest.endsWith(":") || rest.endsWith("—")) {
            return false;
        }
        Matcher w = WORDS.matcher(body).region(verbEnd, openAt);
        if (!w.find() || !spaceGap(body, verbEnd, w.start())) {
            return false;
        }
        String l = w.group().toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(w.group().charAt(0)) && !AFTER_VERB_OK.contains(l) && !WEEKDAYS.contains(l)) {
            // "said Trump is reduced to “…”": a name, then its verb
            for (int k = 0; k < 4 && w.find(); k++) {
                String x = w.group();
                if (Character.isLowerCase(x.charAt(0))) {
                    return finiteVerb(x);
                }
            }
            return false;
        }
        return SUBJECT_PRONOUNS.contains(l) || (CLAUSE_OPENERS.contains(l) && !l.equals("his") && !l.equals("her"));
    }

    /**
     * "In December 2014", "On June 4, 2009", "The next day": a short time or place adverbial that opens the
     * sentence before its subject, not words of the speaker.
     */
    private static boolean adverbialOnly(String body, int s, int e) {
        Matcher w = WORDS.matcher(body).region(s, e);
        if (!w.find()) {
            return true;
        }
        String first = w.group().toLowerCase(Locale.ROOT);
        if (words(body, s, e, 6) > 5) {
            // "During his seven years in office", "Lamenting their luck": a phrase without a finite verb
            if (!SUBORDINATORS.contains(first) && !AFTER_VERB_OK.contains(first) && !first.endsWith("ing")) {
                return false;
            }
            while (w.find()) {
                String x = w.group();
                if (Character.isLowerCase(x.charAt(0)) && finiteVerb(x)) {
                    return false;
                }
            }
            return true;
        }
        if (SUBORDINATORS.contains(first) || AFTER_VERB_OK.contains(first) || first.endsWith("ing")) {
            return true;
        }
        String last = first;
        while (w.find()) {
            last = w.group().toLowerCase(Locale.ROOT);
        }
        return TIME_NOUNS.contains(last) || last.equals("day") || last.chars().allMatch(Character::isDigit);
    }

    /** ", although …", ", though …": a concession of the writer's, not part of the reported words. */
    private static int concessiveCut(String body, int cs, int ce) {
        int semi = Chars.indexOf(body, "; ", cs, ce);
        if (semi > cs && semi < ce && words(body, cs, semi, 3) >= 3) {
            ce = trimEnd(body, cs, semi); // a semicolon joins the writer's next statement
        }
        for (String c : CONCESSIVES) {
            int k = Chars.indexOf(body, c, cs, ce);
            if (k > cs && k < ce && words(body, cs, k, 3) >= 3) {
                return trimEnd(body, cs, k);
            }
        }
        return ce;
    }

    /** ", arguing …", ", saying …", ", citing …": a speech verb's participle after a comma, past three words. */
    private SpeechVerbs.Hit participleAfterComma(String body, int cs, int ce) {
        for (SpeechVerbs.Hit v : verbs.find(body, cs, ce)) {
            if (v.form().endsWith("ing") && v.start() - 2 > cs && body.startsWith(", ", v.start() - 2)
                    && words(body, cs, v.start() - 2, 3) >= 3) {
                return v;
            }
        }
        return null;
    }

    /**
     * "…, he told me on Friday, is that …": a hearer or a short time adverbial between the verb and the comma
     * closing a mid-sentence attribution; returns the comma's offset, or {@code from} if there is none.
     */
    private static int adjunctBeforeComma(String body, int from, int end) {
        if (body.startsWith(",", from)) {
            return from;
        }
        int comma = body.indexOf(',', from);
        if (comma < 0 || comma >= end || comma - from > 45) {
            return from;
        }
        Matcher w = WORDS.matcher(body).region(from, comma);
        if (!w.find() || !spaceGap(body, from, w.start())) {
            return from;
        }
        String first = w.group().toLowerCase(Locale.ROOT);
        if (!TOLD_OBJECTS.contains(first) && !AFTER_VERB_OK.contains(first) && !WEEKDAYS.contains(first)
                || body.startsWith("ing", from - 3)) {
            return from;
        }
        int n = 1;
        String last = first;
        while (w.find()) {
            n++;
            last = w.group().toLowerCase(Locale.ROOT);
            if (last.equals("that") || finiteVerb(last) || n > 6) {
                return from;
            }
        }
        // "told me on Friday", "said on Monday", "said then", "explained earlier in the hearing", "said in a
        // June report"; not "responded in kind", "boasting a fledgling"
        boolean ok = TOLD_OBJECTS.contains(first) || TIME_NOUNS.contains(last) || SETTING_NOUNS.contains(last)
                || (n == 1 && LONE_ADVERBS.contains(first));
        return ok && noMarks(body, from, comma) ? comma : from;
    }

    /** Where words were said, closing an adverbial after the verb: "said in a June report, …". */
    private static final Set<String> SETTING_NOUNS = Words.set("report", "hearing", "meeting", "remarks", "post",
            "tweet", "essay", "article", "appearance", "call", "session", "testimony", "rally", "address", "memo",
            "email", "summit", "forum", "debate", "podcast", "op-ed", "broadcast", "event", "visit", "filing");
    /** One-word adverbials that may stand between an attribution and its closing comma: "the senator said then,". */
    private static final Set<String> LONE_ADVERBS = Words.set("then", "later", "earlier", "again", "also", "recently",
            "afterward", "afterwards", "privately", "publicly", "previously", "once");

    private static final String[] CONCESSIVES = {", although ", ", though ", ", even though "};

    /**
     * " and says B" / " and also said that B" inside a reported clause: out[0] is where the first clause ends,
     * [out[1], out[2]) the second clause. Returns the second verb, null if there is none.
     */
    private String secondClause(String body, int cs, int ce, int[] out, Attribution[] other) {
        for (SpeechVerbs.Hit v : verbs.find(body, cs, ce)) {
            int e = v.start();
            String before = body.substring(Math.max(cs, e - 10), e);
            int and = before.endsWith(" and ") ? e - 5 : before.endsWith(" and also ") ? e - 10
                    : before.endsWith(" but ") ? e - 5 : -1;
            other[0] = null;
            if (and < 0) {
                // "…, and Hillary Clinton is promising to …", "… — and he noted that …": a new subject with its
                // own speech verb starts a second reported clause
                Attribution subj = sources.before(body, cs, e, v.form());
                if (subj != null && subj.phraseStart() > cs) {
                    String lead = body.substring(Math.max(cs, subj.phraseStart() - 7), subj.phraseStart());
                    int k = lead.endsWith(", and ") || lead.endsWith(", but ") ? subj.phraseStart() - 6
                            : lead.endsWith(" — and ") ? subj.phraseStart() - 7 : lead.endsWith("; ") ? subj.phraseStart() - 2 : -1;
                    if (k > cs) {
                        and = k;
                        other[0] = subj;
                    }
                }
            }
            boolean infinitive = INFINITIVE_VERBS.contains(v.form());
            if (and < 0 || words(body, cs, and, 3) < 3 || (!BARE_CLAUSE_VERBS.contains(v.form()) && !infinitive
                    && other[0] == null)) {
                continue;
            }
            int c2;
            int thatEnd = thatClauseStart(body, v.end(), ce);
            c2 = thatEnd >= 0 ? thatEnd : BARE_CLAUSE_VERBS.contains(v.form())
                    ? bareClauseStart(body, v.end(), ce, v.form()) : -1;
            if (c2 < 0 && infinitive) {
                c2 = infinitiveStart(body, v.end(), ce, v.form(), false);
            }
            if (c2 > 0 && words(body, c2, ce, 3) >= 3) {
                out[0] = and;
                out[1] = c2;
                out[2] = ce;
                return v.form();
            }
        }
        return null;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Words.set("which", "who", "whom", "that");
    private static final Set<String> DESCRIBE = Words.fromResource("extract/describing-verbs.txt");
    private static final Set<String> DESCRIBED_NO_OBJECT = Words.set("in", "at", "on", "to", "during", "for", "with",
            "by", "from", "after", "before", "later", "earlier", "privately", "publicly");

    /** "described the showdown as ominous": the object and what it was described as. */
    private static int describedAs(String body, int from, int end) {
        Matcher w = WORDS.matcher(body).region(from, end);
        if (!w.find() || !spaceGap(body, from, w.start())) {
            return -1;
        }
        int at = w.start();
        if (w.group().equals("as") || w.group().equals("how") || w.group().equals("what")
                || DESCRIBED_NO_OBJECT.contains(w.group())) {
            return -1; // "described in a note as …": the object was named earlier, nothing after the verb is quoted
        }
        int prevEnd = w.end();
        for (int k = 0; k < 8 && w.find(); k++) {
            if (body.substring(prevEnd, w.start()).contains(",") || body.substring(prevEnd, w.start()).contains(".")) {
                return -1;
            }
            if (w.group().equals("as")) {
                return at;
            }
            prevEnd = w.end();
        }
        return -1;
    }

    /** Adverbs, auxiliaries and time words that may stand between a relative pronoun or a subject and its verb. */
    private static final Set<String> SUBJECT_VERB_GAP = Words.set("also", "has", "have", "had", "then", "later", "once",
            "previously", "recently", "in", "on", "last", "this", "earlier", "all", "both", "would", "will", "did",
            "repeatedly", "now", "often", "still", "publicly", "privately", "week", "month", "year", "weekend");
    /** Words that open the tail of a subject after its head noun: "experts on Korea", "those close to him". */
    private static final Set<String> HEAD_TAIL = Words.set("on", "to", "from", "at", "in", "for", "with", "close",
            "of", "inside", "outside", "across", "around", "familiar", "i", "we", "who", "involved", "near");

    /**
     * The subject the plain subject reader misses: a relative pronoun ("listeners who said they …", "the envoy,
     * who in 2010 said …": the antecedent speaks; "many of whom say": anonymous) or a source noun with a tail
     * ("experts on the region said", "advisers to the president say", "the analysts I asked said").
     * Null if the words before the verb are neither.
     */
    private Attribution relativeOrTailedSubject(String body, int s, int vs, String cue) {
        int from = Math.max(s, vs - 140);
        List<int[]> toks = new ArrayList<>();
        Matcher w = WORDS.matcher(body).region(from, vs);
        while (w.find()) {
            toks.add(new int[] {w.start(), w.end()});
        }
        int k = toks.size() - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 3) {
            int[] t = toks.get(k);
            String x = body.substring(t[0], t[1]).toLowerCase(Locale.ROOT);
            boolean year = x.length() == 4 && Character.isDigit(x.charAt(0));
            if (!body.substring(t[1], k == toks.size() - 1 ? vs : toks.get(k + 1)[0]).isBlank()
                    || !(SUBJECT_VERB_GAP.contains(x) || WEEKDAYS.contains(x) || year)) {
                break;
            }
            k--;
            skipped++;
        }
        if (k < 0) {
            return null;
        }
        int[] t = toks.get(k);
        String x = body.substring(t[0], t[1]);
        if (!body.substring(t[1], k == toks.size() - 1 ? vs : toks.get(k + 1)[0]).isBlank()) {
            return null;
        }
        if (x.equals("who") || x.equals("whom") || x.equals("which")) {
            if (!BARE_CLAUSE_VERBS.contains(cue)) {
                return null; // "a birther who has pledged to ban …": a description of someone, not their report
            }
            if (k > 0 && body.substring(toks.get(k - 1)[0], toks.get(k - 1)[1]).equals("of")) {
                return new Attribution("", t[0], cue); // "many of whom say": part of a group, unnamed
            }
            int e = t[0];
            while (e > s && body.charAt(e - 1) == ' ') {
                e--;
            }
            // "McConnell, now the majority leader, who said": kept, the comma lets the appositive go
            Attribution ante = e > s ? sources.before(body, s, e, cue) : null;
            if (ante == null && e > s && body.charAt(e - 1) == ',') {
                ante = sources.before(body, s, e - 1, cue);
            }
            return ante != null ? ante : new Attribution("", t[0], cue);
        }
        // a source noun, then a tail of plain words (no punctuation, no finite verb) up to the verb
        for (int j = k, n = 0; j > 0 && n < 8; j--, n++) {
            int[] cur = toks.get(j);
            int[] prev = toks.get(j - 1);
            String gap = body.substring(prev[1], cur[0]);
            boolean abbreviation = gap.equals(". ") && prev[1] - prev[0] <= 3 && Character.isUpperCase(body.charAt(prev[0]));
            if (!gap.equals(" ") && !abbreviation) {
                return null;
            }
            String c = body.substring(cur[0], cur[1]);
            // the word right before the verb may be a verb itself: "the experts I asked said"
            if (Character.isLowerCase(c.charAt(0)) && (c.equals("that") || (j != k && finiteVerb(c)))) {
                return null;
            }
            String p = body.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT);
            if (HEAD_TAIL.contains(c.toLowerCase(Locale.ROOT)) && j < k
                    && (SourcePhrases.SOURCE_NOUNS.contains(p) || p.equals("those"))) {
                Attribution head = p.equals("those") ? null : sources.before(body, s, prev[1], cue);
                return head != null ? head : new Attribution("", prev[0], cue);
            }
        }
        return null;
    }

    /** "… and said", "… but also warned": a speech verb whose subject is the one of the verb before the "and". */
    private static boolean coordinated(String body, int s, int vs) {
        int e = vs;
        for (int round = 0; round < 3; round++) {
            while (e > s && body.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > s && Character.isLetter(body.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                return false;
            }
            String word = body.substring(b, e);
            if (word.equals("and") || word.equals("but")) {
                // the first conjunct must hold a verb: not "Smith and Jones said" (a joint subject)
                if (b - 1 <= s || body.charAt(b - 1) != ' ') {
                    return false;
                }
                if (Character.isLowerCase(body.charAt(prevWordStart(body, s, b - 1)))) {
                    return true;
                }
                // "He cited progress on trade, and said …", "… the “blockade,” but said …": a comma before the
                // conjunction, and a lower-case word before it (not a list of names: "Smith, Jones, and Lee said")
                int c = b - 1;
                while (c > s && (body.charAt(c - 1) == ' ' || "\"”’'".indexOf(body.charAt(c - 1)) >= 0)) {
                    c--;
                }
                if (c <= s || body.charAt(c - 1) != ',') {
                    return false;
                }
                c--;
                while (c > s && "\"”’'".indexOf(body.charAt(c - 1)) >= 0) {
                    c--;
                }
                int ws = c;
                while (ws > s && Character.isLetter(body.charAt(ws - 1))) {
                    ws--;
                }
                if (ws == c && c > s && Character.isDigit(body.charAt(c - 1))) {
                    return true; // "… which let him go in 2015, and said …"
                }
                return ws < c && Character.isLowerCase(body.charAt(ws));
            }
            if (!COORD_SKIP.contains(word)) {
                return false;
            }
            e = b;
        }
        return false;
    }

    private static final Set<String> COORD_SKIP = Words.set("also", "then", "later", "has", "have", "had", "further");

    private static int prevWordStart(String body, int s, int e) {
        int b = e;
        while (b > s && !Character.isLetterOrDigit(body.charAt(b - 1)) && body.charAt(b - 1) != ',') {
            b--;
        }
        e = b;
        while (b > s && Character.isLetterOrDigit(body.charAt(b - 1))) {
            b--;
        }
        return b < e ? b : Math.max(s, e - 1);
    }

    /** Cheap pre-check before running the "according to" pattern on a sentence. */
    private static boolean mentionsAccording(String body, int s, int e) {
        for (int i = s; i + 11 <= e; i++) {
            if (body.charAt(i) == 'c' && body.startsWith("ccording to", i)) {
                return true;
            }
        }
        return false;
    }

    private static int bareClauseStart(String body, int from, int end, String cue) {
        Matcher w = WORDS.matcher(body).region(from, end);
        if (!w.find()) {
            return -1;
        }
        if (!spaceGap(body, from, w.start())) {
            return -1; // punctuation or a quote mark follows the verb
        }
        String first = w.group();
        String l = first.toLowerCase(Locale.ROOT);
        if (cue.startsWith("tel") || cue.equals("told")) {
            return toldClauseStart(body, w, from, first, l);
        }
        if (CLAUSE_OPENERS.contains(l) || (Character.isUpperCase(first.charAt(0)) && !AFTER_VERB_OK.contains(l))) {
            // "announced the death of …", "maintains a program": most speech verbs also take a plain object;
            // only the verbs of saying proper never do, the others need a finite verb after the subject
            if (SUBJECT_PRONOUNS.contains(l) || CLAUSE_ONLY.contains(cue) || verbFollows(body, w)) {
                return w.start();
            }
            return -1;
        }
        int at = w.start();
        if (l.equals("too") || APPROXIMATORS.contains(l)) {
            // "says too much is made of …", "said about 20 people have …": a quantity opens the subject
            int save = w.end();
            boolean quantity = w.find() && spaceGap(body, save, w.start())
                    && (l.equals("too") ? w.group().equals("much") || w.group().equals("many")
                    : Character.isDigit(w.group().charAt(0)));
            w.region(at, w.regionEnd());
            w.find();
            if (quantity && verbFollows(body, w)) {
                return at;
            }
        }
        if (AFTER_VERB_OK.contains(l)) {
            // "said after the convention he would …", "said Tuesday the company …": an adverbial, then the clause
            return afterAdverbial(body, w, from);
        }
        if (NOT_CLAUSE.contains(l) || l.endsWith("ly")) {
            return -1;
        }
        // "said local officials should …", "say resources could …": a plain noun phrase opens the clause
        // only when a finite verb follows within a few words; "said goodbye", "denied involvement" have none.
        // After the verbs that never take a plain object the subject may carry a prepositional or relative
        // tail ("said thousands of people in the city cheered", "said someone who builds walls is …")
        boolean clauseOnly = CLAUSE_ONLY.contains(cue);
        int prevEnd = w.end();
        for (int k = 0; k < (clauseOnly ? 10 : 6) && w.find(); k++) {
            if (!wordGap(body, prevEnd, w.start())) {
                return -1;
            }
            String x = w.group().toLowerCase(Locale.ROOT);
            if (clauseOnly && (SUBJECT_TAIL.contains(x) || x.equals("and") || x.equals("or"))) {
                prevEnd = w.end();
                continue;
            }
            if (x.equals("that") || x.equals("to") || NOT_CLAUSE.contains(x)) {
                return -1;
            }
            if (Character.isLowerCase(w.group().charAt(0)) && finiteVerb(x)) {
                return at;
            }
            prevEnd = w.end();
        }
        return -1;
    }

    /** A finite verb among the next ten words of the same clause (no punctuation in between). */
    private static boolean verbFollows(String body, Matcher w) {
        int at = w.start();
        int prevEnd = w.end();
        boolean found = false;
        for (int k = 0; k < 10 && w.find(); k++) {
            if (!wordGap(body, prevEnd, w.start())) {
                break;
            }
            if (Character.isLowerCase(w.group().charAt(0)) && finiteVerb(w.group())) {
                found = true;
                break;
            }
            prevEnd = w.end();
        }
        w.region(at, w.regionEnd());
        w.find();
        return found;
    }

    /** Words inside a subject's tail after "said": prepositions and relative pronouns ("experts on Korea", "those who"). */
    private static final Set<String> SUBJECT_TAIL = Words.set("of", "in", "from", "on", "at", "for", "with", "to",
            "who", "across", "around", "among", "near", "inside", "outside", "loyal", "close", "like");
    /** "about 20 people", "nearly half": words before a number that open a subject, not an adverbial. */
    private static final Set<String> APPROXIMATORS = Words.set("about", "nearly", "almost", "roughly", "over",
            "some", "around", "only", "just");

    /** Verbs of saying that take a clause and no plain object: "said the plan failed" is never "said the plan". */
    private static final Set<String> CLAUSE_ONLY = Words.set("said", "says", "say", "saying", "argued", "argues",
            "arguing", "insisted", "insists", "insisting", "contended", "contends", "asserted", "asserts", "added",
            "adds", "adding", "warned", "warns", "warning");

    /** The hearer after "told" ("told reporters", "told the forum", "told The New York Times"), then the clause. */
    private static int toldClauseStart(String body, Matcher w, int from, String first, String l) {
        boolean capitalRun = Character.isUpperCase(first.charAt(0));
        boolean determiner = l.equals("the") || l.equals("a") || l.equals("an") || l.equals("his") || l.equals("her")
                || l.equals("their") || l.equals("its") || l.equals("our");
        if (!determiner && !capitalRun && !TOLD_OBJECTS.contains(l)) {
            return -1;
        }
        int objectWords = determiner ? 0 : 1;
        int prevEnd = w.end();
        String prevWord = l;
        boolean adverbial = false;
        for (int k = 0; k < 8 && w.find(); k++) {
            String x = w.group();
            if (!wordGap(body, prevEnd, w.start()) || x.equals("that")) {
                return -1; // "that" clauses are handled by the "that" rule
            }
            prevEnd = w.end();
            String xl = x.toLowerCase(Locale.ROOT);
            boolean cap = Character.isUpperCase(x.charAt(0));
            boolean afterTime = TIME_NOUNS.contains(prevWord);
            prevWord = xl;
            if (capitalRun && cap && !adverbial && !determiner) {
                continue; // "told The New York Times"
            }
            if (objectWords == 0) {
                objectWords++;
                capitalRun = cap;
                continue; // the noun after "the"
            }
            if (SUBJECT_PRONOUNS.contains(xl) || (CLAUSE_OPENERS.contains(xl) && !xl.equals("his")
                    && !xl.equals("her") && (!adverbial || afterTime))
                    || (cap && !capitalRun && (!adverbial || afterTime) && !WEEKDAYS.contains(xl))) {
                return w.start();
            }
            if (AFTER_VERB_OK.contains(xl) || WEEKDAYS.contains(xl)) {
                adverbial = true; // "told reporters on Thursday he …"
                continue;
            }
            if (!adverbial && k < 4 && !NOT_CLAUSE.contains(xl)) {
                continue; // "told the debate audience", "told the local newspaper", "told the paper's weekly video series"
            }
            if (!adverbial) {
                return -1;
            }
        }
        return -1;
    }

    /** After a prepositional or time adverbial, the clause opens with a subject pronoun (or a noun after a time word). */
    private static int afterAdverbial(String body, Matcher w, int from) {
        int prevEnd = w.end();
        String prev = w.group().toLowerCase(Locale.ROOT);
        for (int k = 0; k < 6 && w.find(); k++) {
            if (!wordGap(body, prevEnd, w.start())) {
                return -1;
            }
            String x = w.group();
            String xl = x.toLowerCase(Locale.ROOT);
            if (xl.equals("that")) {
                return -1;
            }
            boolean prevIsLink = SUBORDINATORS.contains(prev);
            if (!prevIsLink && SUBJECT_PRONOUNS.contains(xl)) {
                return w.start(); // "said after the convention he would"
            }
            if (TIME_NOUNS.contains(prev) && (CLAUSE_OPENERS.contains(xl) || Character.isUpperCase(x.charAt(0)))) {
                return w.start(); // "said Tuesday the company", "said in a statement the ministry"
            }
            prev = xl;
            prevEnd = w.end();
        }
        return -1;
    }

    /** A space between words, or the period of an abbreviation inside a clause ("the U.S. president", "Mr. Lee"). */
    private static boolean wordGap(String body, int s, int e) {
        if (spaceGap(body, s, e)) {
            return true;
        }
        if (s >= e || body.charAt(s) != '.' || (e > s + 1 && !spaceGap(body, s + 1, e))) {
            return false;
        }
        int b = s;
        while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
            b--;
        }
        return s - b >= 1 && s - b <= 3 && Character.isUpperCase(body.charAt(b));
    }

    private static boolean spaceGap(String body, int s, int e) {
        if (e - s < 1 || e - s > 2) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** A finite verb or auxiliary: the sign that the words after a speech verb form a clause. */
    private static boolean finiteVerb(String x) {
        return FINITE.contains(x) || (x.length() > 4 && x.endsWith("ed") && !x.endsWith("eed"));
    }

    private static final Set<String> FINITE = Words.fromResource("extract/finite-verbs.txt");
    /** Words after a speech verb that never open a content clause ("said goodbye", "warned of", "asked for"). */
    private static final Set<String> NOT_CLAUSE = Words.set("goodbye", "hello", "yes", "so", "thanks", "sorry",
            "nothing", "something", "anything", "little", "for", "of", "against", "about", "to", "with", "and", "or",
            "but", "out", "up", "down", "off", "away", "back", "what", "whether", "how", "why", "when", "where",
            "who", "which", "not", "too", "enough", "very", "instead", "otherwise", "please", "publicly", "plans",
            "plan", "responsibility", "credit", "blame", "involvement", "wrongdoing", "guilt", "reports", "report");
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "they", "we", "i", "it", "there", "you");
    private static final Set<String> SUBORDINATORS = Words.set("after", "before", "when", "while", "as", "since",
            "because", "if", "until", "of", "about", "to", "for", "with", "at", "in", "on", "by", "from", "that",
            "than", "where", "whom", "who", "which", "once", "though", "although", "unless", "whether", "how", "what");
    private static final Set<String> WEEKDAYS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> TIME_NOUNS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "month", "year", "night", "morning", "afternoon", "evening", "today",
            "yesterday", "tonight", "statement", "interview", "letter", "speech", "conference", "briefing", "weekend",
            "recently", "earlier", "later", "previously", "ago");

    private static final Set<String> CLAUSE_OPENERS = Words.set("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "there", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "no", "some",
            "many", "most", "all", "any", "every", "each", "both", "nobody", "everyone", "everything", "nothing",
            "people", "americans", "russia", "china", "kazakhstan", "one", "two", "if", "such", "more", "much",
            "without", "none", "only", "even", "neither", "few", "several", "another", "other", "whatever");

    private static String prevWord(String body, int limit, int pos) {
        int e = pos;
        while (e > limit && body.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > limit && Character.isLetter(body.charAt(b - 1))) {
            b--;
        }
        return body.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static boolean noMarks(String body, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = body.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                return false;
            }
        }
        return true;
    }

    private static boolean insideMarks(List<QuoteMarks.Marked> found, int pos) {
        for (QuoteMarks.Marked m : found) {
            if (pos >= m.start() && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(List<Span> taken, int s, int e) {
        Span x = new Span(s, e);
        for (Span t : taken) {
            if (t.overlaps(x)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<QuoteCandidate> out, List<Span> taken, QuoteCandidate q) {
        if (q.end() <= q.start() || !free(taken, q.start(), q.end())) {
            return;
        }

        out.add(q);
        taken.add(q.span());
    }

    /**
     * "Meet the Press", "State of the Union", "Collapse: How Societies Choose to Fail": every longer word
     * capitalised and no sentence inside, the shape of a title of a work or show, not of speech.
     */
    static boolean titleCase(String body, int s, int e) {
        int n = 0;
        int i = s;
        while (i < e) {
            char c = body.charAt(i);
            if (Character.isLetter(c) && (i == s || !Character.isLetterOrDigit(body.charAt(i - 1)) && body.charAt(i - 1) != '\'' && body.charAt(i - 1) != '’')) {
                int j = i;
                boolean lowerInside = false;
                while (j < e && Character.isLetter(body.charAt(j))) {
                    lowerInside |= Character.isLowerCase(body.charAt(j));
                    j++;
                }
                if (!lowerInside) {
                    return false; // "I", "U.S.", or shouting in capitals: not a title's shape
                }
                if (j - i >= 4 && !Character.isUpperCase(c)) {
                    return false;
                }
                n++;
                i = j;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < e) {
                return false;
            }
            i++;
        }
        return n >= 2 && n <= 12;
    }

    /** "pic.twitter.com/…" and bare web addresses are not words anyone said. */
    private static boolean looksLikeLink(String body, int s, int e) {
        String t = body.substring(s, e);
        return t.contains("http") || t.contains("www.") || t.contains(".com") || t.contains("pic.twitter");
    }

    static int trimEnd(String body, int s, int e) {
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || ",;:—–-".indexOf(body.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    /** Number of {@link #WORDS} matches in body[s, e): runs of letters and digits, counted by hand. */
    static int words(String body, int s, int e) {
        return words(body, s, e, Integer.MAX_VALUE);
    }

    /**
     * {@code Math.min(words(body, s, e), enough)}: the count stops at {@code enough}. Most callers compare the
     * count with a small number ("at least three words"), and counting the rest of a long quote was a visible cost.
     */
    static int words(String body, int s, int e, int enough) {
        int n = 0;
        boolean inWord = false;
        int i = s;
        while (i < e) {
            char c = body.charAt(i);
            if (c < 128) { // most characters: no surrogate to decode
                boolean w = Tokens.isAsciiWordChar(c);
                if (w && !inWord && ++n >= enough) {
                    return n;
                }
                inWord = w;
                i++;
                continue;
            }
            int cp = body.codePointAt(i);
            int len = Character.charCount(cp);
            boolean w = i + len <= e && Tokens.isWordChar(cp);
            if (w && !inWord && ++n >= enough) {
                return n;
            }
            inWord = w;
            i += len;
        }
        return n;
    }
}

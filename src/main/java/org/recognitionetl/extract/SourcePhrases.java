package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the source phrase next to a speech verb: the subject before it ("Kazakhstan's Foreign Ministry said",
 * "Tokayev, the president, said", "he told") or the name after it ("said Rep. Jane Doe"). Works backwards or
 * forwards over a handful of tokens only, so its cost does not grow with the paragraph.
 */
final class SourcePhrases {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\u00a1-\\u00bf]+(?:['’.\\-][\\p{L}\\p{N}\\u00a1-\\u00bf]+)*\\.?");

    private static final Pattern SENTENCE_END_WORD = Pattern.compile("\\p{L}*\\p{Ll}{2,}\\.");

    // compiled once: String.matches compiled them for every source phrase
    private static final Pattern LEADING_FUNCTION_WORD = Pattern.compile("(?i)(of|for|and|'s|’s)\\s.*");
    private static final Pattern BARE_DETERMINER = Pattern.compile("(?i)(the|a|an|one|some|two|several|many|other|and|of)");
    // the regexes of String.replaceAll, matches and split, compiled once instead of on every call
    private static final Pattern FINAL_PERIOD = Pattern.compile("[.]$");
    /** A phrase ending in an initial ("Harry S."), whose final period is not the sentence's. */
    static final Pattern INITIAL_AT_END = Pattern.compile(".*\\b[A-Z]\\.$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static final Set<String> PRONOUNS = Words.set("he", "she", "they", "we", "i", "it");

    /** Lower-case nouns that head an anonymous or role source ("officials", "a source", "the president"). */
    static final Set<String> SOURCE_NOUNS = Words.fromResource("extract/source-nouns.txt");

    /** Lower-case words allowed inside a source phrase in front of its head noun. */
    private static final Set<String> MODIFIERS = Words.fromResource("extract/source-modifiers.txt");

    private static final Set<String> SKIP_BEFORE_VERB = Words.set("also", "further", "later", "then", "has", "had",
            "have", "previously", "once", "repeatedly", "recently", "again", "earlier", "reportedly", "would", "will",
            "just", "publicly", "privately", "separately", "simply", "flatly", "bluntly", "firmly", "angrily",
            "quickly", "openly", "specifically", "subsequently", "initially", "originally", "clearly", "frequently",
            "often", "never", "always", "still", "ultimately", "even", "only", "recently", "did", "does", "do",
            "may", "might", "could", "can", "has", "long", "not", "yet", "finally", "first", "correctly", "rightly",
            "famously", "memorably", "loudly", "is", "was", "are", "were", "been", "be", "quietly", "tersely", "succinctly", "proudly", "candidly", "boldly", "himself", "herself", "themselves",
            "itself", "all", "both");

    /** {@link #SKIP_BEFORE_VERB}, probed with the token in place of a lower-cased copy. */
    private static final WordTable SKIP_BEFORE_VERB_TABLE = new WordTable(SKIP_BEFORE_VERB);

    private final Titles titles;

    SourcePhrases(Titles titles) {
        this.titles = titles;
    }

    /** The subject ending right before {@code verbStart}, not reaching before {@code limit}; null if none. */
    Attribution before(String text, int limit, int verbStart, String cue) {
        int end = verbStart;
        BackwardTokens toks = new BackwardTokens(text, limit, end);
        // skip adverbs/auxiliaries between subject and verb ("he further explained", "Tokayev has said")
        int k = 0;
        while (toks.has(k) && isWordAt(text, toks.get(k))) {
            int[] t = toks.get(k);
            if (!text.substring(t[1], end).isBlank()) {
                break; // "X, which opened in 1976, said": a comma closes an appositive, not an adverbial
            }
            if (SKIP_BEFORE_VERB_TABLE.containsLowerCased(text, t[0], t[1]) || isMannerAdverb(text, t)) {
                end = t[0];
                k++;
                continue;
            }
            // "Sanders on Tuesday said", "who in 2010 said", "Trump last week said": a time adverbial
            if (toks.has(k + 1) && isTimeWord(text, t) && TIME_PREPOSITIONS.contains(lower(text, toks.get(k + 1)))) {
                end = toks.get(k + 1)[0];
                k += 2;
                continue;
            }
            break;
        }
        // strip parentheticals "(R-Texas)" and appositives ", a member of the caucus," (in either order)
        String seg = text.substring(limit, end).stripTrailing();
        int segEnd = limit + seg.length();
        for (int round = 0; round < 3; round++) {
            if (seg.endsWith(")")) {
                int open = seg.lastIndexOf('(');
                if (open >= 0 && seg.length() - open < 60) {
                    segEnd = limit + seg.substring(0, open).stripTrailing().length();
                    seg = text.substring(limit, segEnd);
                    continue;
                }
                return null;
            }
            if (seg.endsWith(",”") || seg.endsWith(",\"")) {
                // "Obama, who called the video “crude,” said": the comma inside the closing mark ends a relative
                // appositive; anything else ending in a mark is a quote of its own
                int prev = seg.lastIndexOf(',', seg.length() - 3);
                String ap = prev > 0 ? seg.substring(prev + 1).stripLeading() : "";
                if (ap.startsWith("who ") || ap.startsWith("which ")) {
                    segEnd = limit + seg.substring(0, prev).stripTrailing().length();
                    seg = text.substring(limit, segEnd);
                    continue;
                }
                return null;
            }
            if (seg.endsWith(",")) {
                int prev = seg.lastIndexOf(',', seg.length() - 2);
                if (prev > 0 && seg.length() - prev < 160) {
                    String appositive = seg.substring(prev + 1, seg.length() - 1);
                    // marks in an appositive may close a quote the verb does not attribute; a relative clause
                    // ("Obama, who called the video “crude,” said …") quotes inside the subject's description
                    String ap = appositive.stripLeading();
                    boolean relative = ap.startsWith("who ") || ap.startsWith("which ");
                    if (!relative && (appositive.contains("\"") || appositive.contains("“") || appositive.contains("”"))) {
                        return null;
                    }
                    String head = text.substring(limit, limit + prev);
                    Attribution pre = headBackwards(text, limit, limit + head.stripTrailing().length(), cue);
                    // "Turkey's president, Recep Tayyip Erdoğan, said": the name in the appositive is the source
                    Attribution named = headBackwards(text, limit + prev + 1, limit + seg.length() - 1, cue);
                    if ((pre == null || !hasName(pre.phrase())) && named != null && hasName(named.phrase())
                            && text.substring(limit + prev + 1, named.phraseStart()).isBlank()) {
                        return named;
                    }
                    segEnd = limit + head.stripTrailing().length();
                    seg = text.substring(limit, segEnd);
                    continue;
                }
                return null;
            }
            break;
        }
        return headBackwards(text, limit, segEnd, cue);
    }

    /**
     * ", the breakaway region's self-styled foreign minister, Zaur Kokoev, told …": a short phrase that opens
     * with a determiner or possessive and holds a title word describes the source and belongs to the attribution.
     */
    boolean isRoleAppositive(String text, int s, int e) {
        int i = s;
        int words = 0;
        boolean title = false;
        boolean opener = false;
        while (i < e) {
            while (i < e && !Character.isLetter(text.charAt(i))) {
                if (text.charAt(i) == '"' || text.charAt(i) == '“' || text.charAt(i) == '”') {
                    return false;
                }
                i++;
            }
            int b = i;
            while (i < e && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’'
                    || text.charAt(i) == '-')) {
                i++;
            }
            if (b == i) {
                break;
            }
            String w = text.substring(b, i).toLowerCase(Locale.ROOT);
            if (words == 0) {
                opener = ROLE_OPENERS.contains(w) || w.endsWith("'s") || w.endsWith("’s");
            }
            words++;
            title |= titles.isTitleWord(text, b, i);
        }
        return opener && title && words <= 10;
    }

    private static final Set<String> ROLE_OPENERS = Words.set("the", "a", "an", "its", "his", "her", "their", "our");

    private Attribution headBackwards(String text, int limit, int end, String cue) {
        BackwardTokens toks = new BackwardTokens(text, limit, end);
        if (!toks.has(0)) {
            return null;
        }
        int[] last = toks.get(0);
        // the token must touch the end (only spaces in between)
        if (!text.substring(last[1], end).isBlank()) {
            return null;
        }
        String lw = lower(text, last);
        if (PRONOUNS.contains(lw)) {
            return new Attribution(text.substring(last[0], last[1]), last[0], cue);
        }
        int start = -1;
        boolean head = false;
        int prevStart = end;
        int first = 0;
        if (!PRONOUNS.contains(lw) && Character.isLowerCase(text.charAt(last[0])) && !SOURCE_NOUNS.contains(lw)
                && !MODIFIERS.contains(lw) && !titles.isTitleWord(lw) && determinerAhead(text, toks)) {
            // "the New York businessman said", "Obama's former campaign strategist said": any noun after a determiner
            head = true;
            start = last[0];
            prevStart = last[0];
            first = 1;
        }
        for (int j = first; toks.has(j); j++) {
            int[] t = toks.get(j);
            if (!Chars.isBlank(text, t[1], prevStart)) {
                break;
            }
            // the word's tests are made on its slice of the text (this runs for every word before every verb):
            // the tables answer as the sets would for the lower-cased word, without the copies
            int ws = t[0];
            int we = t[1];
            boolean article = isArticle(text, ws, we);
            boolean cap = Character.isUpperCase(text.charAt(ws)) && !(NameParser.STOP_TABLE.contains(text, ws, we)
                    && !article);
            boolean noun = SOURCE_NOUN_TABLE.containsLowerCased(text, ws, we);
            boolean title = titles.isTitleWord(text, ws, we);
            boolean ok = cap || noun || MODIFIER_TABLE.containsLowerCased(text, ws, we) || title
                    || endsWithPossessive(text, ws, we);
            if (!ok) {
                break;
            }
            if (start >= 0 && !title && SENTENCE_END_WORD.matcher(text).region(ws, we).matches()) {
                break; // "Rand Paul. Trump said": the period ended an earlier sentence
            }
            if (cap || noun || title) {
                head = true;
            }
            start = ws;
            prevStart = ws;
            if (article) {
                break;
            }
        }
        if (start < 0 || !head) {
            return null;
        }
        // drop leading function words that are not determiners ("of", "and")
        String phrase = text.substring(start, end).strip();
        while (LEADING_FUNCTION_WORD.matcher(phrase).matches()) {
            int sp = phrase.indexOf(' ');
            start += sp + 1;
            phrase = phrase.substring(sp + 1).strip();
        }
        if (phrase.isEmpty() || BARE_DETERMINER.matcher(phrase).matches()) {
            return null;
        }
        return new Attribution(phrase, start, cue);
    }

    /** The source phrase starting right after {@code from} ("said Rep. Jane Doe (R-Ohio), who ..."); null if none. */
    Attribution after(String text, int from, int limit, String cue) {
        Matcher m = WORD.matcher(text).region(from, limit);
        int start = -1;
        int end = -1;
        boolean head = false;
        int prevEnd = from;
        int count = 0;
        int pending = 0;
        while (m.find() && count < 8) {
            String gap = text.substring(prevEnd, m.start());
            if (start >= 0 && !gap.equals(" ")) {
                break;
            }
            if (start < 0 && !gap.isBlank()) {
                return null;
            }
            String w = m.group();
            String l = w.toLowerCase(Locale.ROOT);
            if (l.endsWith(".") && !titles.isTitleWord(l)) {
                l = l.substring(0, l.length() - 1); // a sentence-final period: "according to officials."
            }
            boolean cap = Character.isUpperCase(w.charAt(0)) && !NameParser.STOP.contains(FINAL_PERIOD.matcher(w).replaceAll(""));
            if (start < 0 && PRONOUNS.contains(l)) {
                return new Attribution(w, m.start(), cue);
            }
            boolean ok = cap || SOURCE_NOUNS.contains(l) || MODIFIERS.contains(l) || titles.isTitleWord(l)
                    || w.equals("The");
            if (!ok && !head && pending < 2 && (Character.isLowerCase(w.charAt(0)) || Character.isUpperCase(w.charAt(1 % w.length())))) {
                // "port officials", "senior Kremlin aides", "one GOP source": unknown modifiers (or an acronym
                // the name parser does not take for a name) before a head noun
                pending++;
                if (start < 0) {
                    start = m.start();
                }
                prevEnd = m.end();
                count++;
                continue;
            }
            if (!ok) {
                break;
            }
            if (cap || SOURCE_NOUNS.contains(l) || titles.isTitleWord(l)) {
                head = true;
            }
            if (start < 0) {
                start = m.start();
            }
            end = m.end();
            prevEnd = m.end();
            count++;
        }
        if (start < 0 || !head) {
            return null;
        }
        String phrase = text.substring(start, end);
        // "said the Vatican spokesman, the Rev. Jane Doe": the name in the appositive is the source
        String lastWord = phrase.substring(phrase.lastIndexOf(' ') + 1);
        boolean roleHead = !lastWord.isEmpty() && Character.isLowerCase(lastWord.charAt(0));
        if (end < limit - 2 && text.charAt(end) == ',' && (roleHead || !hasName(phrase))) {
            Attribution named = after(text, end + 1, limit, cue);
            if (named != null && hasName(named.phrase())) {
                return named;
            }
        }
        // a sentence-final period is not part of the name ("said Tokayev.")
        if (phrase.endsWith(".") && !INITIAL_AT_END.matcher(phrase).matches() && !phrase.endsWith("Jr.")) {
            phrase = phrase.substring(0, phrase.length() - 1);
        }
        return new Attribution(phrase, start, cue);
    }

    private static final WordTable SOURCE_NOUN_TABLE = new WordTable(SOURCE_NOUNS);
    private static final WordTable MODIFIER_TABLE = new WordTable(MODIFIERS);

    /** text[from, to) is "The", "A" or "An", which may open a source phrase though they are stop words. */
    private static boolean isArticle(String text, int from, int to) {
        int n = to - from;
        return n == 3 && text.startsWith("The", from) || n == 1 && text.charAt(from) == 'A'
                || n == 2 && text.startsWith("An", from);
    }

    /**
     * text[from, to) lower-cased ends in "'s" or "’s": only 'S' lower-cases to 's', and the marks and the
     * length of the ending are kept by lower-casing.
     */
    static boolean endsWithPossessive(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        char mark = text.charAt(to - 2);
        char s = text.charAt(to - 1);
        return (mark == '\'' || mark == '’') && (s == 's' || s == 'S');
    }

    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "one", "this", "that", "his", "her",
            "their", "its", "my", "our", "your");

    /** A determiner or possessive within four tokens before the last one, through capitalised words or modifiers. */
    private boolean determinerAhead(String text, BackwardTokens toks) {
        for (int k = 1; k < 5 && toks.has(k); k++) {
            String w = text.substring(toks.get(k)[0], toks.get(k)[1]);
            String l = w.toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(l) || l.endsWith("'s") || l.endsWith("’s")) {
                return k < 4 || Character.isUpperCase(w.charAt(0));
            }
            if (!Character.isUpperCase(w.charAt(0)) && !MODIFIERS.contains(l)) {
                return false;
            }
        }
        return false;
    }

    private boolean hasName(String phrase) {
        for (String w : WHITESPACE.split(phrase)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !titles.isTitleWord(w)
                    && !NameParser.STOP.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of text[max(limit, end - 160), end) that a forward scan of that window finds (the WORD pattern's
     * tokens), last first. They are scanned a word at a time from the end, as far as the caller reads: the callers
     * mostly read the few words before a verb, and scanning the whole window for each of them was a visible cost.
     * A scan restarted after a plain space finds the same tokens after it as the scan of the whole window, since
     * no token holds a space.
     */
    static final class BackwardTokens {
        private final String text;
        private final int from;
        private final int end;
        private int[][] toks = new int[8][];
        private int size;
        /** Every token starting at or after this offset is in {@link #toks}. */
        private int scannedFrom;

        BackwardTokens(String text, int limit, int end) {
            this.text = text;
            this.from = Math.max(limit, end - 160);
            this.end = end;
            this.scannedFrom = end;
        }

        /** True if there is a k-th token from the end (0 the last one). */
        boolean has(int k) {
            while (k >= size && scannedFrom > from) {
                scanBack();
            }
            return k < size;
        }

        /** The k-th token from the end, {start, end}; call {@link #has} first. */
        int[] get(int k) {
            return toks[k];
        }

        /** Adds the tokens starting after the last space before {@link #scannedFrom} (or from the window's start). */
        private void scanBack() {
            int space = text.lastIndexOf(' ', scannedFrom - 1);
            int start = space < from ? from : space + 1;
            int first = size;
            // tokens starting before scannedFrom end by it: it is the window's end or a space
            for (int s = Tokens.nextStart(text, start, end, true); s >= 0 && s < scannedFrom; ) {
                int e = Tokens.end(text, s, end, true);
                if (size == toks.length) {
                    toks = java.util.Arrays.copyOf(toks, size * 2);
                }
                toks[size++] = new int[] {s, e};
                s = Tokens.nextStart(text, e, end, true);
            }
            // this chunk's tokens were added in text order: reverse them, last first like the rest
            for (int i = first, j = size - 1; i < j; i++, j--) {
                int[] x = toks[i];
                toks[i] = toks[j];
                toks[j] = x;
            }
            scannedFrom = space < from ? from : space;
        }
    }

    /** All the tokens of {@link BackwardTokens}, scanned forward at once: what it must answer (for the tests). */
    static List<int[]> tokensBackwards(String text, int limit, int end) {
        List<int[]> toks = new ArrayList<>();
        int from = Math.max(limit, end - 160);
        for (int s = Tokens.nextStart(text, from, end, true); s >= 0; ) {
            int e = Tokens.end(text, s, end, true);
            toks.add(new int[] {s, e});
            s = Tokens.nextStart(text, e, end, true);
        }
        java.util.Collections.reverse(toks);
        return toks;
    }

    private static final Set<String> TIME_PREPOSITIONS = Words.set("on", "in", "last", "this", "earlier", "late", "early");
    private static final Set<String> TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** Words in -ly that are nouns, not manner adverbs ("the family said", "the assembly said"). */
    private static final Set<String> LY_NOUNS = Words.set("family", "assembly", "ally", "rally", "daily", "weekly",
            "monthly", "supply", "italy", "july", "anomaly", "monopoly", "lily", "emily", "kelly", "holly", "billy",
            "sally", "molly", "polly", "bully", "jolly", "belly", "reilly", "o'reilly", "beverly", "kimberly");

    /** "cynically dismissed", "now says": a lower-case adverb between subject and verb. */
    private static boolean isMannerAdverb(String text, int[] t) {
        int n = t[1] - t[0];
        if (n < 5 || !Character.isLowerCase(text.charAt(t[0])) || !text.startsWith("ly", t[1] - 2)) {
            return n == 3 && text.startsWith("now", t[0]);
        }
        return !LY_NOUNS.contains(lower(text, t));
    }

    private static boolean isTimeWord(String text, int[] t) {
        int n = t[1] - t[0];
        if (n == 4 && Character.isDigit(text.charAt(t[0])) && Character.isDigit(text.charAt(t[1] - 1))) {
            return true; // a year
        }
        return TIME_WORDS.contains(lower(text, t));
    }

    private static boolean isWordAt(String text, int[] t) {
        return t[1] > t[0];
    }

    private static String lower(String text, int[] t) {
        return text.substring(t[0], t[1]).toLowerCase(Locale.ROOT);
    }
}

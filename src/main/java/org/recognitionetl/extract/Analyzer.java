package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recognitionetl.article.Article;

/**
 * Finds the quotes, speakers and recognition positions of one article. Pure and deterministic: the only
 * state is the data loaded once by {@link #withDefaults()}, which is never modified afterwards, so one
 * instance can serve many threads.
 */
public final class Analyzer {
    /** Bump whenever a rule changes what the analysis returns; edits of the data files are seen by {@link #version()}. */
    public static final String VERSION = "extract-2.1";

    private final SentenceSplitter splitter;
    private final Gazetteer gazetteer;
    private final Titles titles;
    private final NameParser names;
    private final QuoteFinder quotes;
    private final SpeakerResolver speakers;
    private final RecognitionFinder recognition;

    private Analyzer(SentenceSplitter splitter, Gazetteer gazetteer, Titles titles, SpeechVerbs verbs) {
        this.splitter = splitter;
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.names = new NameParser(gazetteer, titles);
        this.quotes = new QuoteFinder(verbs, new SourcePhrases(titles));
        this.speakers = new SpeakerResolver(names, gazetteer);
        this.recognition = new RecognitionFinder(gazetteer);
    }

    private static final class Holder {
        static final Analyzer DEFAULT = new Analyzer(SentenceSplitter.withDefaults(), Gazetteer.load(),
                Titles.withDefaults(), SpeechVerbs.withDefaults());
        static final String VERSION_WITH_DATA = VERSION + "+" + Resources.digestOfFilesRead();
    }

    /**
     * The version recorded with every article's rows: {@link #VERSION} and a digest of the data
     * files, so that a new rule or an extended word list re-analyses the articles an older one produced.
     */
    public static String version() {
        return Holder.VERSION_WITH_DATA;
    }

    /** The analyser with the bundled resource files (loaded once per class loader). */
    public static Analyzer withDefaults() {
        return Holder.DEFAULT;
    }

    public ArticleAnalysis analyze(Article article) {
        String body = article.body() == null ? "" : article.body();
        int bylineEnd = Math.max(0, Math.min(article.bylineEnd(), body.length()));
        List<Span> sentences = splitter.split(body);
        PersonIndex people = new PersonIndex(body, bylineEnd, names, titles, gazetteer);
        List<QuoteCandidate> found = quotes.find(body, bylineEnd, sentences);

        SpeakerResolver.Session session = speakers.session(people);
        session.context(found.stream().map(QuoteCandidate::span).toList(), sentences);
        Speaker[] resolved = new Speaker[found.size()];
        Set<Integer> pronounOnly = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Speaker> byName = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            QuoteCandidate c = found.get(i);
            boolean[] unresolved = new boolean[1];
            Speaker s = session.resolve(c.attribution(), c.start(), body, unresolved);
            resolved[i] = s;
            if (unresolved[0]) {
                pronounOnly.add(i);
            }
            if (s != null) {
                counts.merge(s.name(), 1, Integer::sum);
                byName.put(s.name(), s);
            }
            if (!c.attribution().inherits()) {
                session.setCurrent(s, c.end());
            } else if (s != null) {
                session.setCurrent(s, c.end());
            }
        }
        // "He said …" before the article names anyone: the article's main speaker is the best antecedent
        if (!pronounOnly.isEmpty()) {
            Speaker main = null;
            int best = 0;
            for (int i = 0; i < found.size(); i++) {
                Speaker s = resolved[i];
                if (s != null && !SpeakerResolver.isOrganisation(s) && counts.get(s.name()) > best) {
                    best = counts.get(s.name());
                    main = s;
                }
            }
            for (int i : pronounOnly) {
                resolved[i] = main;
            }
        }
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            QuoteCandidate c = found.get(i);
            out.add(new Quote(body.substring(c.start(), c.end()), c.kind(), c.attribution().cue(), c.start(), c.end(),
                    resolved[i]));
        }

        List<Position> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Gazetteer.Mention> acting = RecognitionFinder.actingPeople(body, people.mentions());
        for (RecognitionFinder.Found f : recognition.find(body, sentences, bylineEnd, acting)) {
            int qi = -1;
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i);
                if (f.triggerAt() >= q.charStart() && f.triggerAt() < q.charEnd()) {
                    qi = i;
                    break;
                }
            }
            Speaker sp = qi >= 0 ? out.get(qi).speaker() : null;
            Entity actor = f.actor();
            if (f.actorIsWe()) {
                // "we do not recognise …" in a leader's quote: the state the leader serves
                actor = qi < 0 ? null : recognition.pronounActor(body, f.sentence(), out.get(qi).charStart(),
                        out.get(qi).charEnd(), sp, acting);
            }
            if (actor == null || actor.equals(f.target())) {
                continue;
            }
            String key = actor.name() + "|" + f.target().name() + "|" + f.stance();
            if (seen.add(key)) {
                positions.add(new Position(actor, f.target(), f.stance(), sp, qi, f.sentence().of(body)));
            }
        }
        return new ArticleAnalysis(out, positions);
    }
}

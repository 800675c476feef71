package org.recognitionetl.job;

import java.util.function.Consumer;

import org.recognitionetl.store.ChangeLog;
import org.recognitionetl.store.MergeProgress;
import org.recognitionetl.store.SpeakerConsolidation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mergeSpeakers step's work: merges speakers across articles, all of them after a bulk import
 * or a full refresh, else only the people the changed articles name or named. The step commits
 * before the files are written, so that {@link Publisher} can write them on two threads reading the
 * committed store; the articles it points at another speaker are kept in the change log, so that a
 * publish that dies after this step still writes them again.
 */
public class SpeakerMerge {
    private final JdbcTemplate jdbc;
    private final RunSettings settings;
    private final ConsoleOutput console;

    public SpeakerMerge(JdbcTemplate jdbc, RunSettings settings, ConsoleOutput console) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.console = console;
    }

    /** Merges all speakers after a bulk import or a full refresh, else those the change log names. */
    public void run() {
        console.progress("publish: merging speakers");
        ChangeLog log = new ChangeLog(jdbc);
        SpeakerConsolidation consolidation = new SpeakerConsolidation(jdbc, everyFewSeconds());
        if (log.needsFull()) {
            console.progress("publish: merging all speakers, writing every file whole");
            consolidation.run();
            return;
        }
        consolidation.consolidate(log.changedArticles(), log.deletedMentions());
        log.republish(consolidation.repointedArticles());
    }

    /** Prints the merge's progress at most once per --progress-every. */
    private Consumer<MergeProgress> everyFewSeconds() {
        long started = System.nanoTime();
        long every = settings.progressMillis() * 1_000_000L;
        long[] next = {started + every};
        return done -> {
            long now = System.nanoTime();
            if (now >= next[0]) {
                next[0] = now + every;
                console.progress(ProgressText.mergeLine(done, (now - started) / 1e9));
            }
        };
    }
}

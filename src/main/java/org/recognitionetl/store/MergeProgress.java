package org.recognitionetl.store;

/**
 * How far a consolidation of the whole store has gone: names are merged one after another, and a
 * name costs about as much as it has mentions, so the mentions give the share done.
 *
 * @param names              names merged so far
 * @param namesTotal         names to merge
 * @param mentions           mentions of the names merged so far
 * @param mentionsTotal      mentions of all names to merge
 * @param articlesRepointed  articles whose quotes and mentions were pointed at another speaker so far
 */
public record MergeProgress(long names, long namesTotal, long mentions, long mentionsTotal, long articlesRepointed) {

    /** The share done, from 0 to 1. */
    public double fraction() {
        return mentionsTotal <= 0 ? 1 : Math.min(1, (double) mentions / mentionsTotal);
    }
}

package org.recognitionetl.extract;

/**
 * A recognition position stated in an article.
 *
 * @param actor      the state or organisation taking the stance
 * @param target     the state or territory whose statehood it concerns
 * @param stance     one of the four stances
 * @param speaker    the person or body whose words state it, or null
 * @param quoteIndex index into {@link ArticleAnalysis#quotes()} of the quote that states it, or -1
 * @param evidence   the sentence that states it
 */
public record Position(Entity actor, Entity target, Stance stance, Speaker speaker, int quoteIndex, String evidence) {
}

package org.recognitionetl.extract;

/**
 * A person or organisation quoted in an article.
 *
 * @param name        the fullest form of the name the article gives, without titles
 * @param title       the role the article gives ("President"), or empty
 * @param affiliation the entity (state or organisation) the speaker serves, or null
 */
public record Speaker(String name, String title, Entity affiliation) {
}

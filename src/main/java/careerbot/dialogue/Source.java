package careerbot.dialogue;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a reply comes from.
 *
 * @param document the article's file name without {@code .md}
 * @param title    the article's title
 * @param section  the heading of the section quoted
 * @param score    the retrieval score (BM25) of the passage, 0 where the section was chosen by structure alone
 */
@Serdeable
public record Source(String document, String title, String section, double score) {
}

package careerbot.knowledge;

import java.util.Set;

/**
 * The unit the bot quotes: one paragraph or list item, with where it stands in its article.
 *
 * @param id      position in the knowledge base, also the Lucene document's key
 * @param section the section it belongs to
 * @param kind    paragraph or list item: examples are list items, descriptions are paragraphs
 * @param text    the article's own wording
 * @param roles   roles the passage is about: named in a heading above it, else in its text, else all its article's
 */
public record Passage(int id, Section section, Kind kind, String text, Set<String> roles) {

    public enum Kind { PARAGRAPH, LIST_ITEM }

    public Article article() {
        return section.article();
    }
}

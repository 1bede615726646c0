package careerbot.knowledge;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** A label: a few words before a colon ("Data analyst: Most of…") or a table row's dash ("Typical pay — …"). */
    private static final Pattern LABEL = Pattern.compile("([^:—]{1,40})(?::| —) ");

    /** What the passage is labelled by, the aspect or role it then speaks of, if it starts with a label. */
    public Optional<String> label() {
        var label = LABEL.matcher(text);
        return label.lookingAt() ? Optional.of(label.group(1)) : Optional.empty();
    }

    public Article article() {
        return section.article();
    }
}

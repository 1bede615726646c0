package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An article pasted as plain text, as a browser copies a web page: a line of navigation, the title, "Published March
 * 6, 2024", then paragraphs and short lines standing alone as headings, every line indented (which Markdown would
 * read as code). It is rewritten as the Markdown the parser reads, so such an article is answered as one written in
 * Markdown is.
 */
final class PlainTextArticle {

    /** Longer than this, a line standing alone is a paragraph of one sentence, not a heading. */
    private static final int MAX_HEADING_WORDS = 14;
    /** A line starting with "#", or a line of text underlined with "=" or "-". */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile(
            "^ {0,3}#{1,6}(?:[ \\t]|$)|\\S[^\\n]*\\n {0,3}(?:=+|-+)[ \\t]*$", Pattern.MULTILINE);
    /** "Published March 6, 2024| minute read": when the page was published, no text of the article. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:Published|Updated|Last updated|Posted)(?: on)?:?\\s+\\p{L}+\\.? \\d{1,2}, \\d{4}\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^(?:[•◦▪‣·*–—-]|(\\d{1,2})[.)])\\s+(.*)");
    /** What Markdown would read as markup inside a line; escaped, it stands for itself. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>&|~]");
    /** What Markdown would read as markup at the start of a line: a heading, quote, list item or rule. */
    private static final Pattern LEADING_MARKUP = Pattern.compile("^(?:([#>+=-])|\\d+([.)]))");

    private final String title;
    private final List<List<String>> blocks;

    private PlainTextArticle(String title, List<List<String>> blocks) {
        this.title = title;
        this.blocks = blocks;
    }

    /** Whether the text has no Markdown heading: no article in Markdown could be read without one. */
    static boolean isPlainText(String body) {
        return !MARKDOWN_HEADING.matcher(body).find();
    }

    /**
     * Splits the text into blocks at its blank lines. The title is the block that says the front matter's, if it
     * gives one; else the first block that sets two roles side by side, else the first block. What stands before it
     * is the page around the article ("Skip to main content").
     */
    static PlainTextArticle read(String body, String titleGiven) {
        var blocks = new ArrayList<List<String>>();
        var block = new ArrayList<String>();
        // The last line is followed by a blank one, which ends the last block as the others end.
        for (String line : (body + "\n\n").split("\n", -1)) {
            if (!line.isBlank()) {
                block.add(line.strip());
            } else if (!block.isEmpty()) {
                blocks.add(List.copyOf(block));
                block.clear();
            }
        }
        int titleAt = titleGiven.isEmpty() ? firstSettingRolesSideBySide(blocks) : -1;
        for (int i = 0; i < blocks.size() && titleAt < 0; i++) {
            titleAt = sameWords(String.join(" ", blocks.get(i)), titleGiven) ? i : titleAt;
        }
        String title = titleAt < 0 ? titleGiven : String.join(" ", blocks.get(titleAt));
        var rest = new ArrayList<>(blocks.subList(titleAt + 1, blocks.size()));
        if (!rest.isEmpty() && rest.get(0).size() == 1 && DATELINE.matcher(rest.get(0).get(0)).matches()) {
            rest.remove(0);
        }
        return new PlainTextArticle(title, rest);
    }

    private static int firstSettingRolesSideBySide(List<List<String>> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!TitleRoles.of(String.join(" ", blocks.get(i))).isEmpty()) {
                return i;
            }
        }
        return blocks.isEmpty() ? -1 : 0;
    }

    private static boolean sameWords(String text, String title) {
        return Words.texts(text).equals(Words.texts(title));
    }

    String title() {
        return title;
    }

    /**
     * The article in Markdown. A line standing alone is a {@code ##} heading, short and not ending a sentence. The
     * headings that follow a paragraph ending in a colon ("A product owner's responsibilities may include:") are
     * the items it introduces, each with its paragraph: {@code ###} under it, until a heading that asks a question or
     * names a role ("Examples of the work of a product owner"), or whose text names a role the items are not about
     * ("Skills you need", on both roles, after one role's responsibilities).
     */
    String markdown(List<Role> roles) {
        var markdown = new StringBuilder("# ").append(escaped(title)).append("\n\n");
        Set<String> itemsOf = null;
        String previous = "";
        String lastHeading = "";
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            String text = String.join(" ", block);
            if (isHeading(block)) {
                if (itemsOf == null && previous.endsWith(":")) {
                    itemsOf = rolesNamed(lastHeading + " " + previous, roles);
                }
                if (itemsOf != null && (text.endsWith("?") || !rolesNamed(text, roles).isEmpty()
                        || !itemsOf.isEmpty() && !itemsOf.containsAll(rolesNamed(textUnder(i), roles)))) {
                    itemsOf = null;
                }
                markdown.append(itemsOf != null ? "### " : "## ").append(escaped(text)).append("\n\n");
                lastHeading = itemsOf != null ? lastHeading : text;
            } else {
                appendParagraphsAndItems(markdown, block);
            }
            previous = text;
        }
        return markdown.toString();
    }

    /** The text of the blocks under the heading at {@code heading}, up to the next. */
    private String textUnder(int heading) {
        var text = new StringBuilder();
        for (int i = heading + 1; i < blocks.size() && !isHeading(blocks.get(i)); i++) {
            text.append(String.join(" ", blocks.get(i))).append(' ');
        }
        return text.toString();
    }

    private static boolean isHeading(List<String> block) {
        String line = block.get(0);
        return block.size() == 1 && !BULLET.matcher(line).matches() && !line.matches(".*[.,;:!\"”)]$")
                && Words.of(line).size() <= MAX_HEADING_WORDS;
    }

    private static Set<String> rolesNamed(String text, List<Role> roles) {
        String lower = text.toLowerCase(Locale.ROOT);
        var named = new HashSet<String>();
        for (var role : roles) {
            if (role.surfaceForms().stream().anyMatch(form -> Pattern.compile("\\b" + Pattern.quote(
                    form.toLowerCase(Locale.ROOT))).matcher(lower).find())) {
                named.add(role.name());
            }
        }
        return named;
    }

    /** Lines of one block: a bulleted line starts a list item, any other continues the paragraph or item before. */
    private static void appendParagraphsAndItems(StringBuilder markdown, List<String> block) {
        var paragraph = new StringBuilder();
        for (String line : block) {
            var bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                flush(markdown, paragraph);
                paragraph.append(bullet.group(1) == null ? "- " : bullet.group(1) + ". ").append(escaped(bullet.group(2)));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(escaped(line));
            }
        }
        flush(markdown, paragraph);
        markdown.append('\n');
    }

    private static void flush(StringBuilder markdown, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            markdown.append(paragraph).append('\n');
            paragraph.setLength(0);
        }
    }

    private static String escaped(String text) {
        String inline = INLINE_MARKUP.matcher(text).replaceAll(match -> "\\\\\\" + match.group());
        var leading = LEADING_MARKUP.matcher(inline);
        if (!leading.find()) {
            return inline;
        }
        int at = leading.group(1) != null ? leading.start(1) : leading.start(2);
        return inline.substring(0, at) + "\\" + inline.substring(at);
    }
}

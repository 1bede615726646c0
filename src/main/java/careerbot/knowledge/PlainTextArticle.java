package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An article pasted as plain text, as a browser copies a web page: a line of navigation, the title, "Published March
 * 6, 2024" or a byline, then a line per paragraph, list item or heading, with or without blank lines between them,
 * indented or not (Markdown would read an indented line as code). It is rewritten as the Markdown the parser reads,
 * so such an article is answered as one written in Markdown is.
 */
final class PlainTextArticle {

    /** Longer than this, a line standing alone is a paragraph of one sentence, not a heading. */
    private static final int MAX_HEADING_WORDS = 14;
    /** A line starting with "#", or a line of text underlined with "=" or "-". */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile(
            "^ {0,3}#{1,6}(?:[ \\t]|$)|\\S[^\\n]*\\n {0,3}(?:=+|-+)[ \\t]*$", Pattern.MULTILINE);
    /**
     * What stands between a page's title and its text: "Published March 6, 2024| minute read", "By Jane Doe", "March
     * 3, 2025", "7 min read".
     */
    private static final Pattern DATELINE = Pattern.compile("^(?:(?:(?:Published|Updated|Last updated|Posted)(?: on)?"
            + ":?\\s+)?\\p{L}+\\.? \\d{1,2}, \\d{4}\\b.*|(?:By|Written by) \\p{Lu}.{0,60}|\\d+ min(?:ute)?s? read)$",
            Pattern.CASE_INSENSITIVE);
    /** The lines after a page's article: links to others, a feedback prompt, the copyright. */
    private static final Pattern PAGE_AFTER = Pattern.compile("(?:related (?:articles|posts|reading|stories)|"
            + "you (?:may|might) also like|read next|was this (?:article|page|post) helpful|©|copyright ©?\\s*\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** How far below the title a table of contents may start. */
    private static final int CONTENTS_WITHIN = 4;
    /** A line this long that ends no sentence was wrapped: the next line goes on with it. */
    private static final int WRAPPED_LINE = 60;
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"”’)]?$");
    /** How a line that is no heading ends: a heading may end in "?", not in a stop or a comma. */
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.,;:!\"”)]$");
    private static final Pattern BULLET = Pattern.compile("^(?:[•◦▪‣·*–—-]|(\\d{1,2})[.)])\\s+(.*)");
    /** A label of up to three words, the first capitalised, ending in a full stop before a sentence: "Work hours. …" */
    private static final Pattern RUN_IN_LABEL =
            Pattern.compile("(\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’&-]+){0,2})\\. (?=\\p{Lu})");
    /** What Markdown would read as markup inside a line; escaped, it stands for itself. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>&|~]");
    /** What Markdown would read as markup at the start of a line: a heading, quote, list item or rule. */
    private static final Pattern LEADING_MARKUP = Pattern.compile("^(?:([#>+=-])|\\d+([.)]))");

    private final String title;
    /** Paragraphs and list items, each one line, in reading order. */
    private final List<String> blocks;

    private PlainTextArticle(String title, List<String> blocks) {
        this.title = title;
        this.blocks = blocks;
    }

    /** Whether the text has no Markdown heading: no article in Markdown could be read without one. */
    static boolean isPlainText(String body) {
        return !MARKDOWN_HEADING.matcher(body).find();
    }

    /**
     * Splits the text into paragraphs and list items: a line is one, as a page copies, unless it goes on with the line
     * before, wrapped. The title is the one that says the front matter's, if it gives one; else the first that sets
     * two roles side by side, else the first. What stands before it is the page around the article ("Skip to main
     * content"), and a dateline or byline after it is no text of the article.
     */
    static PlainTextArticle read(String body, String titleGiven) {
        var blocks = new ArrayList<String>();
        String last = "";
        for (String line : body.split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                last = "";
            } else if (!last.isEmpty() && goesOn(last, text)) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + text);
                last = text;
            } else {
                blocks.add(text);
                last = text;
            }
        }
        int titleAt = titleGiven.isEmpty() ? firstSettingRolesSideBySide(blocks) : -1;
        for (int i = 0; i < blocks.size() && titleAt < 0; i++) {
            titleAt = sameWords(blocks.get(i), titleGiven) ? i : titleAt;
        }
        String title = titleAt < 0 ? titleGiven : blocks.get(titleAt);
        var rest = new ArrayList<>(blocks.subList(titleAt + 1, blocks.size()));
        while (!rest.isEmpty() && DATELINE.matcher(rest.get(0)).matches()) {
            rest.remove(0);
        }
        withoutContents(rest);
        for (int i = 0; i < rest.size(); i++) {
            if (PAGE_AFTER.matcher(rest.get(i)).lookingAt()) {
                rest.subList(i, rest.size()).clear();
            }
        }
        return new PlainTextArticle(title, rest);
    }

    /**
     * The blocks less the page's table of contents, if it has one near the top: a run of lines it writes again
     * further down, as its headings, with the lines that could be headings just before it ("Share", "Table of
     * contents"). Those are the page around the article; the introduction is under its title, not under the last
     * line of the contents.
     */
    private static void withoutContents(List<String> blocks) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < blocks.size() && (start >= 0 || i < CONTENTS_WITHIN); i++) {
            String line = blocks.get(i);
            if (blocks.subList(i + 1, blocks.size()).stream().noneMatch(line::equalsIgnoreCase)) {
                if (start >= 0) {
                    break;
                }
                continue;
            }
            start = start < 0 ? i : start;
            end = i + 1;
        }
        if (start < 0) {
            return;
        }
        while (start > 0 && isHeading(blocks.get(start - 1))) {
            start--;
        }
        blocks.subList(start, end).clear();
    }

    /**
     * A line wrapped from the one before: that one ends no sentence, and is long or followed in lower case. Not a
     * byline, which a long title ("… two ways to grow as a senior engineer") would take for its end.
     */
    private static boolean goesOn(String before, String line) {
        return !BULLET.matcher(line).matches() && !DATELINE.matcher(line).matches()
                && !ENDS_SENTENCE.matcher(before).matches()
                && (before.length() >= WRAPPED_LINE || Character.isLowerCase(line.codePointAt(0)));
    }

    private static int firstSettingRolesSideBySide(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!TitleRoles.of(blocks.get(i), "").isEmpty()) {
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
     * ("Skills you need", on both roles, after one role's responsibilities). The lines of a page's table of
     * contents are headings with nothing under them, which no answer quotes.
     */
    String markdown(List<Role> roles) {
        var markdown = new StringBuilder("# ").append(escaped(title)).append("\n\n");
        Set<String> itemsOf = null;
        String previous = "";
        String lastHeading = "";
        boolean[] unbulleted = unbulletedItems();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i);
            var bullet = BULLET.matcher(text);
            boolean bulleted = bullet.matches();
            if (numberedHeading(i)) {
                // "1. Responsibilities" over its paragraph: one of the numbered sections of the article or, under a
                // heading ("How to become one"), of that heading's.
                markdown.append(lastHeading.isEmpty() ? "## " : "### ").append(escaped(bullet.group(2)))
                        .append("\n\n");
            } else if (unbulleted[i]) {
                markdown.append("- ").append(escaped(text)).append(unbulleted[i + 1] ? "\n" : "\n\n");
            } else if (bulleted) {
                // Items one after the other are one list.
                boolean listGoesOn = i + 1 < blocks.size() && BULLET.matcher(blocks.get(i + 1)).matches();
                markdown.append(bullet.group(1) == null ? "- " : bullet.group(1) + ". ").append(escaped(bullet.group(2)))
                        .append(listGoesOn ? "\n" : "\n\n");
            } else if (!isHeading(text)) {
                markdown.append(inRunInSeries(i) ? withRunInLabel(text) : escaped(text)).append("\n\n");
            } else {
                if (itemsOf == null && previous.endsWith(":")) {
                    itemsOf = rolesNamed(lastHeading + " " + previous, roles);
                }
                if (itemsOf != null && (text.endsWith("?") || !rolesNamed(text, roles).isEmpty()
                        || !itemsOf.isEmpty() && !itemsOf.containsAll(rolesNamed(textUnder(i), roles)))) {
                    itemsOf = null;
                }
                markdown.append(itemsOf != null ? "### " : "## ").append(escaped(text)).append("\n\n");
                lastHeading = itemsOf != null ? lastHeading : text;
            }
            previous = text;
        }
        return markdown.toString();
    }

    /**
     * The items of a list copied without its bullets: short lines each between lines that could be headings, or after
     * a lead-in ("Scrum master responsibilities", a line per duty, then "What is a project manager?" over its
     * paragraph). Not a line the page writes again, as a table of contents does its headings.
     */
    private boolean[] unbulletedItems() {
        var times = new HashMap<String, Integer>();
        blocks.forEach(text -> times.merge(text.toLowerCase(Locale.ROOT), 1, Integer::sum));
        var items = new boolean[blocks.size() + 1];
        for (int i = 1; i + 1 < blocks.size(); i++) {
            String text = blocks.get(i);
            String before = blocks.get(i - 1);
            items[i] = isHeading(text) && times.get(text.toLowerCase(Locale.ROOT)) == 1
                    && (isHeading(before) || before.endsWith(":")) && isHeading(blocks.get(i + 1));
        }
        return items;
    }

    /**
     * Whether the paragraph at {@code at} and one next to it each start with a label of a few words and a full stop
     * ("Authority. A project manager directs the work…", "Methodology. Scrum masters…"): the run-in labels a page
     * sets in bold, which its text lost. One such paragraph alone is more likely an answer ("Yes. Many project
     * managers…").
     */
    private boolean inRunInSeries(int at) {
        return RUN_IN_LABEL.matcher(blocks.get(at)).lookingAt()
                && (runInParagraph(at - 1) || runInParagraph(at + 1));
    }

    private boolean runInParagraph(int at) {
        if (at < 0 || at >= blocks.size()) {
            return false;
        }
        String text = blocks.get(at);
        return !BULLET.matcher(text).matches() && !isHeading(text) && RUN_IN_LABEL.matcher(text).lookingAt();
    }

    /** The paragraph with its run-in label in bold, as the parser reads one written in Markdown. */
    private static String withRunInLabel(String paragraph) {
        var label = RUN_IN_LABEL.matcher(paragraph);
        label.lookingAt();
        return "**" + escaped(label.group(1)) + ".** " + escaped(paragraph.substring(label.end()));
    }

    /**
     * Whether the block is a number and a heading's words over a paragraph ("1. Responsibilities", then its text), not
     * an item of a list: after another item, or before one.
     */
    private boolean numberedHeading(int at) {
        var bullet = BULLET.matcher(blocks.get(at));
        if (at + 1 >= blocks.size() || !bullet.matches() || bullet.group(1) == null || !isHeading(bullet.group(2))
                || at > 0 && BULLET.matcher(blocks.get(at - 1)).matches()) {
            return false;
        }
        String next = blocks.get(at + 1);
        return !BULLET.matcher(next).matches() && !isHeading(next);
    }

    /** The text of the blocks under the heading at {@code heading}, up to the next. */
    private String textUnder(int heading) {
        var text = new StringBuilder();
        for (int i = heading + 1; i < blocks.size() && !isHeading(blocks.get(i)); i++) {
            text.append(blocks.get(i)).append(' ');
        }
        return text.toString();
    }

    private static boolean isHeading(String line) {
        return !BULLET.matcher(line).matches() && !ENDS_CLAUSE.matcher(line).matches()
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

package careerbot.knowledge;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/** Walks an article's Markdown tree once, opening a section at each heading and adding passages to the open one. */
final class MarkdownSections extends AbstractVisitor {

    /** "Q:" before an FAQ's question, "A:" before its answer. */
    private static final Pattern FAQ_MARK = Pattern.compile("^[QA][:.]\\s*");
    private static final Pattern FAQ_QUESTION = Pattern.compile("Q[:.]\\s");
    /** "2. ", "3) " or an emoji ("💰 ") before a heading's words, or a colon after them ("Salary:"). */
    private static final Pattern SECTION_MARK =
            Pattern.compile("^(?:\\d{1,2}[.)]\\s+|[\\p{So}\\p{Sk}\\uFE0F\\u200D\\s]+)(?=\\S)|:$");
    /**
     * Bold text alone on its line that reads as a title: a few words, no sentence, no lead-in ("Pros:" introduces
     * the list below it, which stays in the section it stands in).
     */
    private static final Pattern BOLD_TITLE = Pattern.compile("[\\p{Lu}\\d][^.!?:;]{0,58}[\\p{L}\\d)]");
    /** What a disclosure widget shows folded ("<summary>Can a doula deliver a baby?</summary>"), and its end. */
    private static final Pattern SUMMARY =
            Pattern.compile("<summary\\b[^>]*>(.*?)</summary\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DETAILS_END = Pattern.compile("</details\\s*>", Pattern.CASE_INSENSITIVE);
    /** The heading of the section that holds an article's footnotes. */
    private static final String NOTES = "Notes";
    /** Markdown has six levels of heading. */
    private static final int DEEPEST_HEADING = 6;

    private final Article article;
    private final RoleCatalog roles;
    private final MarkdownTables tables;
    private final PassageRoles passageRoles;
    private final IntSupplier nextId;
    private Section current;
    /** The last section opened by a question in bold in the text rather than by a heading. */
    private Section askedInText;
    /** The last section headed by a question after "Q:" ("## Q: Do I need a degree?"), answered after "A:". */
    private Section askedInHeading;
    /** The sections opened by a title in bold in the text ("**Key takeaways**") rather than by a heading. */
    private final Set<Section> titledInText = new HashSet<>();
    private boolean sawHeading;
    /** The list a paragraph the page puts around the article introduces ("Related reading:"), left out with it. */
    private ListBlock aroundTheArticle;
    /** The roles the paragraph that introduces the list being read names ("Brand managers need:"). */
    private List<String> listLeadRoles = List.of();

    MarkdownSections(Article article, IntSupplier nextId, TitleShortForms shortForms) {
        this.article = article;
        this.roles = new RoleCatalog(List.of(article), shortForms);
        this.tables = new MarkdownTables(article, roles);
        this.passageRoles = new PassageRoles(article, roles);
        this.nextId = nextId;
    }

    @Override
    public void visit(Heading heading) {
        sawHeading = true;
        var parent = current;
        while (parent != null && parent.level() >= heading.getLevel()) {
            parent = parent.parent();
        }
        if (parent == null && heading.getLevel() > 1) {
            // "## What does a plumber do?" first, with no "#" title written: under the front matter's title, as the
            // sections of an article that writes one are.
            parent = article.addSection(null, article.title(), 1);
        }
        // "2. Education and credentials", "💰 Salary", "Salary:": the number orders the sections, the emoji and the
        // colon decorate them; none says what one is on.
        String text = SECTION_MARK.matcher(ParagraphText.plainText(heading)).replaceAll("");
        boolean asks = FAQ_QUESTION.matcher(text).lookingAt();
        current = article.addSection(parent, asks ? FAQ_MARK.matcher(text).replaceFirst("") : text, heading.getLevel());
        askedInHeading = asks ? current : null;
        listLeadRoles = List.of();
    }

    /**
     * A paragraph led by a question in bold ("**Q: How long does it take to become an NP?** A: Usually six…"), or by
     * a line "Q: …", opens a section under the one it stands in, headed by the question, as an FAQ with a heading per
     * question does: the question is then found and answered as any heading that asks one. A short title in bold
     * alone on its line ("**Key takeaways**") opens one too, and what follows is under it.
     */
    @Override
    public void visit(Paragraph paragraph) {
        String withLineBreaks = ParagraphText.withLineBreaks(paragraph);
        String text = ParagraphText.oneLine(withLineBreaks);
        if (paragraph.getNext() instanceof FencedCodeBlock || paragraph.getNext() instanceof IndentedCodeBlock) {
            text = ParagraphText.beforeCode(text);
        }
        if (ParagraphText.isAroundTheArticle(text)) {
            // "Related reading:" and the links it introduces go with it.
            aroundTheArticle = paragraph.getNext() instanceof ListBlock list && text.endsWith(":") ? list : null;
            return;
        }
        var bold = paragraph.getFirstChild() instanceof StrongEmphasis strong ? ParagraphText.plainText(strong) : "";
        boolean alone = !bold.isEmpty() && paragraph.getFirstChild().getNext() == null;
        boolean namesOneRole = alone && roles.isOneRoleName(text);
        if (namesOneRole && paragraph.getNext() instanceof ListBlock) {
            // "**Air traffic controller**" over a list is a heading in all but name: a lead-in to what is said of it.
            add(Passage.Kind.PARAGRAPH, text + ":");
            return;
        }
        String firstLine = ParagraphText.oneLine(withLineBreaks.lines().findFirst().orElse(""));
        // Up to its question mark: "Q: Is the pay good? A: Yes…" on one line.
        String question = bold.endsWith("?") && text.startsWith(bold) ? bold
                : FAQ_QUESTION.matcher(firstLine).lookingAt() ? firstLine.substring(0, firstLine.indexOf('?') + 1) : "";
        if (!question.isEmpty()) {
            // "**How long does it take?** …", or "Q: How long does it take?" over "A: …" in an interview's text.
            openQuestion(question);
            add(Passage.Kind.PARAGRAPH, FAQ_MARK.matcher(text.substring(question.length()).strip()).replaceFirst(""));
            return;
        }
        if (current == askedInText || current == askedInHeading) {
            text = FAQ_MARK.matcher(text).replaceFirst(""); // "A: …" under its own "Q: …?" paragraph or heading
        }
        if (alone && BOLD_TITLE.matcher(text).matches()) {
            // The next title stands beside this one, above the questions under it.
            var parent = current;
            while (parent != null && (parent == askedInText || titledInText.contains(parent))) {
                parent = parent.parent();
            }
            openInText(parent, text);
            titledInText.add(current);
            return;
        }
        var said = ParagraphText.withoutSignposts(text);
        if (said.isPresent()) {
            // The sentences about the article go; what the paragraph says besides stays.
            add(Passage.Kind.PARAGRAPH, said.get());
            return;
        }
        var lines = ParagraphText.labelledLines(withLineBreaks);
        if (lines.size() > 1) {
            // "Pros: …" and "Cons: …" on lines of their own are two things said, though Markdown joins the lines.
            lines.forEach(line -> add(Passage.Kind.PARAGRAPH, line));
            return;
        }
        add(Passage.Kind.PARAGRAPH, ParagraphText.withRunInLabel(paragraph, text));
    }

    /** Opens a section headed by an FAQ's question: beside the question before it, not under it. */
    private void openQuestion(String question) {
        openInText(current == askedInText ? current.parent() : current, FAQ_MARK.matcher(question).replaceFirst(""));
        askedInText = current;
    }

    /** Opens a section one level below its parent (the title's, before any heading), headed as the text says. */
    private void openInText(Section parent, String heading) {
        var above = parent == null ? article.addSection(null, article.title(), 1) : parent;
        current = article.addSection(above, heading, Math.min(above.level() + 1, DEEPEST_HEADING));
        listLeadRoles = List.of();
    }

    /**
     * HTML pasted into an article ("<p>…</p>") says what its text says. A disclosure widget's summary ("<details>
     * <summary>Can a doula deliver a baby?</summary>") heads what the widget folds away, as an FAQ's question in bold
     * does, until "</details>".
     */
    @Override
    public void visit(HtmlBlock html) {
        String literal = html.getLiteral();
        var summary = SUMMARY.matcher(literal);
        int from = 0;
        if (summary.find()) {
            addHtml(literal.substring(0, summary.start()));
            String folding = String.join(" ", HtmlText.paragraphs(summary.group(1)));
            if (!folding.isEmpty()) {
                openQuestion(folding);
            }
            from = summary.end();
        }
        var end = DETAILS_END.matcher(literal);
        if (!end.find(from)) {
            addHtml(literal.substring(from));
            return;
        }
        addHtml(literal.substring(from, end.start()));
        if (current == askedInText) {
            current = current.parent();
            listLeadRoles = List.of();
        }
        addHtml(literal.substring(end.end()));
    }

    private void addHtml(String html) {
        HtmlText.paragraphs(html).forEach(text -> add(Passage.Kind.PARAGRAPH, text));
    }

    @Override
    public void visit(BulletList list) {
        visitUnlessAroundTheArticle(list);
    }

    @Override
    public void visit(OrderedList list) {
        visitUnlessAroundTheArticle(list);
    }

    private void visitUnlessAroundTheArticle(ListBlock list) {
        if (list != aroundTheArticle) {
            visitChildren(list);
        }
    }

    /**
     * A rule ends the part of the article it follows: what comes after it, with no heading of its own (an author's
     * note, a disclaimer), is on the article as a whole, not on the last section's topic.
     */
    @Override
    public void visit(ThematicBreak rule) {
        current = titleSection();
        listLeadRoles = List.of();
    }

    /** The section of the article's title above the open one, or none before anything is read. */
    private Section titleSection() {
        var title = current;
        while (title != null && title.parent() != null) {
            title = title.parent();
        }
        return title;
    }

    /**
     * A list item is one passage, whatever paragraphs it holds: its children are not visited again. One led by a label
     * in bold is read as a paragraph so led is ("1. **Income.** A social media manager earns…").
     */
    @Override
    public void visit(ListItem item) {
        String text = ParagraphText.plainText(item);
        add(Passage.Kind.LIST_ITEM, item.getFirstChild() instanceof Paragraph first
                ? ParagraphText.withRunInLabel(first, text) : text);
    }

    /**
     * A table is read row by row, each row one passage ({@link MarkdownTables}). Footnotes are read under a section of
     * their own: "[^1]: Pay figures are from the BLS" is on the article's figures, not on the section it ends.
     */
    @Override
    public void visit(CustomBlock block) {
        if (block instanceof FootnoteDefinition) {
            if (current == null || !current.heading().equals(NOTES)) {
                openInText(titleSection(), NOTES);
            }
            visitChildren(block);
            return;
        }
        if (!(block instanceof TableBlock)) {
            visitChildren(block);
            return;
        }
        for (var row : tables.rows(block)) {
            add(Passage.Kind.LIST_ITEM, row.text(), row.cells());
        }
    }

    private void add(Passage.Kind kind, String text) {
        add(kind, text, kind == Passage.Kind.PARAGRAPH ? passageRoles.clausesByRole(text) : List.of());
    }

    private void add(Passage.Kind kind, String text, List<Passage.Cell> cells) {
        if (current == null) {
            current = article.addSection(null, article.title(), 1);
        }
        if (text.isBlank()) {
            return;
        }
        current.add(new Passage(nextId.getAsInt(), current, kind, text,
                passageRoles.of(current, kind, text, listLeadRoles), cells));
        if (kind == Passage.Kind.PARAGRAPH) {
            listLeadRoles = text.endsWith(":") ? roles.rolesNamedExactly(text) : List.of();
        }
    }

    boolean sawHeading() {
        return sawHeading;
    }
}

package careerbot.knowledge;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/** Walks an article's Markdown tree once, opening a section at each heading and adding passages to the open one. */
final class MarkdownSections extends AbstractVisitor {

    /** "Q:" before an FAQ's question, "A:" before its answer. */
    private static final Pattern FAQ_MARK = Pattern.compile("^[QA][:.]\\s*");
    /**
     * A paragraph's first sentence about the article itself ("Continue reading to learn more…", "In this article,
     * you'll learn what they earn…"): it tells where the answers are, it answers nothing, and its words ("earn")
     * would match questions.
     */
    private static final Pattern SIGNPOST = Pattern.compile("^(?:(?:in |throughout |below,? )?(?:this|the following) "
            + "(?:article|guide|post|piece)\\b|(?:continue|keep) reading\\b|read on\\b)", Pattern.CASE_INSENSITIVE);
    /** Where one sentence ends and another begins. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    /** Markdown has six levels of heading. */
    private static final int DEEPEST_HEADING = 6;

    private final Article article;
    private final RoleCatalog roles;
    private final IntSupplier nextId;
    private Section current;
    /** The last section opened by a question in bold in the text rather than by a heading. */
    private Section askedInText;
    private boolean sawHeading;
    private final Map<Section, List<String>> headingRoles = new HashMap<>();
    /** The roles the paragraph that introduces the list being read names ("Brand managers need:"). */
    private List<String> listLeadRoles = List.of();

    MarkdownSections(Article article, IntSupplier nextId) {
        this.article = article;
        this.roles = new RoleCatalog(List.of(article));
        this.nextId = nextId;
    }

    @Override
    public void visit(Heading heading) {
        sawHeading = true;
        var parent = current;
        while (parent != null && parent.level() >= heading.getLevel()) {
            parent = parent.parent();
        }
        current = article.addSection(parent, plainText(heading), heading.getLevel());
        listLeadRoles = List.of();
    }

    /**
     * A paragraph led by a question in bold ("**Q: How long does it take to become an NP?** A: Usually six…")
     * opens a section under the one it stands in, headed by the question, as an FAQ with a heading per question
     * does: the question is then found and answered as any heading that asks one.
     */
    @Override
    public void visit(Paragraph paragraph) {
        String text = plainText(paragraph);
        var question = paragraph.getFirstChild() instanceof StrongEmphasis bold ? plainText(bold) : "";
        if (question.endsWith("?") && text.startsWith(question)) {
            // The next question of the FAQ stands beside this one, not under it.
            var parent = current == null ? article.addSection(null, article.title(), 1)
                    : current == askedInText ? current.parent() : current;
            current = article.addSection(parent, FAQ_MARK.matcher(question).replaceFirst(""),
                    Math.min(parent.level() + 1, DEEPEST_HEADING));
            askedInText = current;
            String answer = text.substring(question.length()).strip();
            add(Passage.Kind.PARAGRAPH, FAQ_MARK.matcher(answer).replaceFirst(""));
            return;
        }
        if (SIGNPOST.matcher(text).find()) {
            // The sentence about the article goes; what the paragraph says after it stays.
            var next = NEXT_SENTENCE.matcher(text);
            add(Passage.Kind.PARAGRAPH, next.find() ? text.substring(next.end() - 1) : "");
            return;
        }
        if (paragraph.getFirstChild() instanceof StrongEmphasis && paragraph.getFirstChild().getNext() == null
                && roles.rolesNamedExactly(text).size() == 1 && roles.withoutMentions(text).isBlank()) {
            // "**Air traffic controller**" over a list is a heading in all but name: a lead-in to what is said of it.
            add(Passage.Kind.PARAGRAPH, text + ":");
            return;
        }
        add(Passage.Kind.PARAGRAPH, withRunInLabel(paragraph, text));
    }

    /** A list item is one passage, whatever paragraphs it holds: its children are not visited again. */
    @Override
    public void visit(ListItem item) {
        add(Passage.Kind.LIST_ITEM, plainText(item));
    }

    /**
     * A table is read row by row, each row one passage, its cells named by their column's heading: "Typical tools
     * — Frontend: React, Figma; Backend: Docker, PostgreSQL". As Markdown the row would be quoted with its pipes.
     */
    @Override
    public void visit(CustomBlock block) {
        if (!(block instanceof TableBlock)) {
            visitChildren(block);
            return;
        }
        var rows = tableRows(block);
        var columns = rows.isEmpty() ? List.<Column>of() : rows.get(0).stream().map(this::column).toList();
        for (var row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            var cells = new ArrayList<String>();
            var roleCells = new ArrayList<Passage.Cell>();
            for (int i = 1; i < row.size(); i++) {
                var column = i < columns.size() ? columns.get(i) : Column.NONE;
                String cell = column.heading().isBlank() ? row.get(i) : column.heading() + ": " + row.get(i);
                cells.add(cell);
                if (!column.role().isEmpty()) {
                    roleCells.add(new Passage.Cell(column.role(), cell));
                }
            }
            String label = row.isEmpty() ? "" : row.get(0);
            // A column on no one role ("Both") is said of each: such a row is quoted whole.
            var cellsByRole = roleCells.size() == cells.size() ? roleCells : List.<Passage.Cell>of();
            add(Passage.Kind.LIST_ITEM, (label.isBlank() ? "" : label + Passage.ROW_LABEL_END)
                    + String.join(Passage.CELL_SEPARATOR, cells), cellsByRole);
        }
    }

    /** A table's column: its heading as a row's cells are labelled by, and the role it is on, if any. */
    private record Column(String heading, String role) {
        static final Column NONE = new Column("", "");
    }

    /**
     * A column heading that names a role by part of its name ("Frontend" in a table on frontend and backend
     * developers), as the role's title, so that each row names the roles it sets side by side; any other heading
     * as written. A part two roles share ("Developer") names neither. The role is kept, so that a row can be quoted
     * for one role alone.
     */
    private Column column(String heading) {
        var words = Words.texts(heading);
        var namedExactly = roles.rolesNamedExactly(heading);
        if (words.isEmpty() || !namedExactly.isEmpty()) {
            return new Column(heading, namedExactly.size() == 1 ? namedExactly.get(0) : "");
        }
        var named = article.roles().stream()
                .filter(role -> Words.texts(role.name()).containsAll(words))
                .toList();
        return named.size() == 1 ? new Column(Words.capitalised(named.get(0).title()), named.get(0).name())
                : new Column(heading, "");
    }

    private void add(Passage.Kind kind, String text) {
        add(kind, text, kind == Passage.Kind.PARAGRAPH ? clausesByRole(text) : List.of());
    }

    /**
     * An aspect's paragraph setting the roles side by side in clauses, each naming one ("Typical patients: a PT might
     * treat an athlete…; an OT might help a child…"), read as a table row is: each clause is its role's cell.
     */
    private List<Passage.Cell> clausesByRole(String text) {
        var label = Passage.LABEL.matcher(text);
        if (!label.lookingAt() || text.indexOf(Passage.CELL_SEPARATOR, label.end()) < 0) {
            return List.of(); // most paragraphs: no roles looked for
        }
        var clauses = text.substring(label.end()).split(Passage.CELL_SEPARATOR, -1);
        var cells = new ArrayList<Passage.Cell>(clauses.length);
        for (var clause : clauses) {
            var named = roles.rolesNamedExactly(clause);
            if (named.size() != 1 || cells.stream().anyMatch(cell -> cell.role().equals(named.get(0)))) {
                return List.of();
            }
            cells.add(new Passage.Cell(named.get(0), clause));
        }
        return cells.size() < 2 ? List.of() : cells;
    }

    private void add(Passage.Kind kind, String text, List<Passage.Cell> cells) {
        if (current == null) {
            current = article.addSection(null, article.title(), 1);
        }
        if (text.isBlank()) {
            return;
        }
        current.add(new Passage(nextId.getAsInt(), current, kind, text, rolesOf(kind, text), cells));
        if (kind == Passage.Kind.PARAGRAPH) {
            listLeadRoles = text.endsWith(":") ? roles.rolesNamedExactly(text) : List.of();
        }
    }

    /**
     * Roles named in a heading above the passage below the title (the title names every role), else those named in
     * the passage: under "What does a paralegal do?", "Paralegals support lawyers…" is about paralegals only. An item
     * that names none is about those its list's lead-in names: "Patience" under "Brand managers need:". A passage that
     * names none, under headings that name none ("These roles are typically found at…", "Both trades are learnt
     * through apprenticeships"), is about all of the article's.
     */
    private Set<String> rolesOf(Passage.Kind kind, String text) {
        var about = new LinkedHashSet<String>();
        for (var s = current; s != null && s.level() > 1; s = s.parent()) {
            about.addAll(headingRoles.computeIfAbsent(s, h -> roles.rolesNamedExactly(h.heading())));
        }
        if (about.isEmpty()) {
            about.addAll(roles.rolesNamedExactly(text));
        }
        if (about.isEmpty() && kind == Passage.Kind.LIST_ITEM) {
            about.addAll(listLeadRoles);
        }
        if (about.isEmpty()) {
            article.roles().forEach(r -> about.add(r.name()));
        }
        return Set.copyOf(about);
    }

    boolean sawHeading() {
        return sawHeading;
    }

    /** The cells of each row of a table, the heading row first, as plain text. */
    private static List<List<String>> tableRows(Node table) {
        var rows = new ArrayList<List<String>>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    rows.add(new ArrayList<>());
                    visitChildren(node);
                } else if (node instanceof TableCell cell) {
                    rows.get(rows.size() - 1).add(plainText(cell));
                } else {
                    visitChildren(node);
                }
            }
        });
        return rows;
    }

    /**
     * A paragraph led by a label in bold that ends in a full stop ("**Data analyst.** Most of an analyst's week…")
     * with a colon in its place: the label heads the text, it is no sentence of its own to quote.
     */
    private static String withRunInLabel(Paragraph paragraph, String text) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis label)) {
            return text;
        }
        String labelText = plainText(label);
        boolean stopInside = labelText.endsWith(".");
        boolean stopAfter = !stopInside && text.startsWith(labelText + ".");
        if (labelText.isEmpty() || !(stopInside || stopAfter)) {
            return text;
        }
        int stop = stopInside ? labelText.length() - 1 : labelText.length();
        String rest = text.substring(stop + 1);
        return rest.isBlank() ? text : text.substring(0, stop) + ":" + rest;
    }

    /** The text of a node as a reader sees it: inline code and line breaks flattened, markup dropped. */
    static String plainText(Node node) {
        var out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                visitChildren(paragraph);
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}

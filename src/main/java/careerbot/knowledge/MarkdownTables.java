package careerbot.knowledge;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Markdown table row by row, each row a passage with its cells named by their column's heading: "Typical
 * tools — Frontend: React, Figma; Backend: Docker, PostgreSQL". As Markdown the row would be quoted with its pipes.
 */
final class MarkdownTables {

    /** A row as a passage's text, and its cells by role when every cell is on one role. */
    record Row(String text, List<Passage.Cell> cells) { }

    /** A table's column: its heading as a row's cells are labelled by, and the role it is on, if any. */
    private record Column(String heading, String role) {
        static final Column NONE = new Column("", "");
    }

    private final Article article;
    private final RoleCatalog roles;

    MarkdownTables(Article article, RoleCatalog roles) {
        this.article = article;
        this.roles = roles;
    }

    /** The rows below the heading row, in order; a table with a row per role as if it had a column per role. */
    List<Row> rows(Node table) {
        var rows = cellTexts(table);
        rows = hasRowPerRole(rows) ? transposed(rows) : rows;
        var columns = rows.isEmpty() ? List.<Column>of() : rows.get(0).stream().map(this::column).toList();
        var read = new ArrayList<Row>();
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
            read.add(new Row((label.isBlank() ? "" : label + Passage.ROW_LABEL_END)
                    + String.join(Passage.CELL_SEPARATOR, cells), cellsByRole));
        }
        return read;
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

    /**
     * Whether each row below the heading row is labelled by a role's name and nothing else ("| Social worker | $61,330 |
     * Bachelor's degree |"): each row is then all about one role, and each column one thing about every role.
     */
    private boolean hasRowPerRole(List<List<String>> rows) {
        return rows.size() > 2 && rows.subList(1, rows.size()).stream()
                .allMatch(row -> !row.isEmpty() && roles.isOneRoleName(row.get(0)));
    }

    /** Rows made columns: "Median salary — Social worker: $61,330; Counselor: $59,190", as a table by role reads. */
    private static List<List<String>> transposed(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        var columns = new ArrayList<List<String>>();
        for (int i = 0; i < width; i++) {
            var column = new ArrayList<String>();
            for (var row : rows) {
                column.add(i < row.size() ? row.get(i) : "");
            }
            columns.add(column);
        }
        return columns;
    }

    /** The cells of each row of a table, the heading row first, as plain text. */
    private static List<List<String>> cellTexts(Node table) {
        var rows = new ArrayList<List<String>>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    rows.add(new ArrayList<>());
                    visitChildren(node);
                } else if (node instanceof TableCell cell) {
                    rows.get(rows.size() - 1).add(ParagraphText.plainText(cell));
                } else {
                    visitChildren(node);
                }
            }
        });
        return rows;
    }
}

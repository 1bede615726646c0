package careerbot.knowledge;

import java.util.Collection;
import java.util.List;
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
 * @param cells   of a table row whose columns are roles, what each cell says, in the row's order; of a labelled
 *                paragraph whose clauses each name one role, each clause; none otherwise
 */
public record Passage(int id, Section section, Kind kind, String text, Set<String> roles, List<Cell> cells) {

    public enum Kind { PARAGRAPH, LIST_ITEM }

    /** A table cell in a role's column, as the row's text writes it: "Data scientist: Python, R, SQL". */
    public record Cell(String role, String text) { }

    /** The separator of a table row's label and its cells: "Languages — Data analyst: SQL; Data scientist: R". */
    static final String ROW_LABEL_END = " — ";
    static final String CELL_SEPARATOR = "; ";
    private static final String BOTH = "both";
    /** A number in words; not "one", which mostly stands for a thing ("the one who…"). */
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
            + "billion|dozen)s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERY_ROLE = Pattern.compile("\\b(?:either|both|neither)(?: of (?:the|these|those))?"
            + "(?: two)? (?:jobs?|roles?|careers?|paths?|professions?|positions?|trades?|occupations?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A sentence labelled as a myth ("Myth: Decorators are just designers without a degree."): said to be untrue, it
     * is never quoted without what follows it ("Fact: …").
     */
    public static final Pattern MYTH = Pattern.compile("(?:myths?|misconceptions?)\\s*:[^.!?]*[.!?][\"”]?",
            Pattern.CASE_INSENSITIVE);

    /** A label: a few words before a colon ("Data analyst: Most of…") or a table row's dash ("Typical pay — …"). */
    static final Pattern LABEL = Pattern.compile("([^:—]{1,40})(?::| —) ");

    /**
     * Whether a text opens with "Both": said of both roles of its article, whatever field it names ("Both roles need a
     * degree in supply chain management").
     */
    public static boolean opensWithBoth(String text) {
        return text.regionMatches(true, 0, BOTH, 0, BOTH.length())
                && (text.length() == BOTH.length() || !Character.isLetterOrDigit(text.charAt(BOTH.length())));
    }

    /**
     * Whether a sentence is said of every role of its article: it opens with "Both" ({@link #opensWithBoth}), or says
     * so ("You don't need a degree for either job").
     */
    public static boolean saysOfEveryRole(String sentence) {
        return opensWithBoth(sentence) || EVERY_ROLE.matcher(sentence).find();
    }

    /** What the passage is labelled by, the aspect or role it then speaks of, if it starts with a label. */
    public Optional<String> label() {
        var label = LABEL.matcher(text);
        return label.lookingAt() ? Optional.of(label.group(1)) : Optional.empty();
    }

    /**
     * Whether the passage holds a figure ("$95,890", "grow 15%", "three to six weeks"): what an amount or a growth is
     * said in.
     */
    public boolean holdsFigure() {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9') || NUMBER_WORD.matcher(text).find();
    }

    /**
     * Whether the passage holds an amount: a figure other than a year ("$95,890", "15%", "two years"); not
     * "Figures: median US base salaries, Levels.fyi, 2024.", which says where a table's amounts come from.
     */
    public boolean holdsAmount() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                int end = i;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (!isYear(i, end)) {
                    return true;
                }
                i = end;
            }
        }
        return NUMBER_WORD.matcher(text).find();
    }

    /** Whether the digits from start to end stand alone as a year: "2024", not "$2,024" nor "2024%". */
    private boolean isYear(int start, int end) {
        boolean fourDigits = end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
        boolean alone = (start == 0 || Character.isWhitespace(text.charAt(start - 1)) || text.charAt(start - 1) == '(')
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '%'
                && !(text.charAt(end) == ',' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))));
        return fourDigits && alone;
    }

    /**
     * What the passage says of the roles asked: of a table row setting roles side by side, its label and the cells of
     * those roles alone ("Languages — Data scientist: Python, R, SQL" for what data scientists use); the whole text
     * otherwise.
     */
    public String saidOf(Collection<String> about) {
        var asked = cells.stream().filter(cell -> about.contains(cell.role())).map(Cell::text).toList();
        if (asked.isEmpty() || asked.size() == cells.size()) {
            return text;
        }
        // The row's text is its label, if any, and then every cell: what stands before the cells is the label.
        int cellsLength = String.join(CELL_SEPARATOR, cells.stream().map(Cell::text).toList()).length();
        return text.substring(0, text.length() - cellsLength) + String.join(CELL_SEPARATOR, asked);
    }

    /** Where in {@code roles} the one of them the passage is about stands; -1 if it is about none or several. */
    public int soleRoleAmong(List<String> roles) {
        int found = -1;
        for (int i = 0; i < roles.size(); i++) {
            if (this.roles.contains(roles.get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    public Article article() {
        return section.article();
    }
}

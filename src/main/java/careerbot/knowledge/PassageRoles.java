package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Which of an article's roles a passage is about, as its sections are read ({@link MarkdownSections}). */
final class PassageRoles {

    /** What follows a text's first sentence. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=[.!?])\\s.*", Pattern.DOTALL);

    private final Article article;
    private final RoleCatalog roles;
    private final Map<Section, List<String>> headingRoles = new HashMap<>();

    PassageRoles(Article article, RoleCatalog roles) {
        this.article = article;
        this.roles = roles;
    }

    /**
     * Roles named in a heading above the passage below the title (the title names every role), else those named in
     * the passage: under "What does a paralegal do?", "Paralegals support lawyers…" is about paralegals only. An item
     * that names none is about those its list's lead-in names: "Patience" under "Brand managers need:". A passage that
     * names none, under headings that name none ("These roles are typically found at…", "Both trades are learnt
     * through apprenticeships"), is about all of the article's; so is one whose first sentence is said of every role
     * ({@link Passage#saysOfEveryRole}): "Both roles…", "You don't need a degree for either job.".
     *
     * @param listLeadRoles the roles the lead-in of the list the passage is an item of names
     */
    Set<String> of(Section section, Passage.Kind kind, String text, List<String> listLeadRoles) {
        var about = new LinkedHashSet<String>();
        for (var s = section; s != null && s.level() > 1; s = s.parent()) {
            about.addAll(headingRoles.computeIfAbsent(s, h -> roles.rolesNamedExactly(h.heading())));
        }
        if (about.isEmpty() && !Passage.saysOfEveryRole(FIRST_SENTENCE.matcher(text).replaceFirst(""))) {
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

    /**
     * An aspect's paragraph setting the roles side by side in clauses, each naming one ("Typical patients: a PT might
     * treat an athlete…; an OT might help a child…"), read as a table row is: each clause is its role's cell.
     */
    List<Passage.Cell> clausesByRole(String text) {
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
}

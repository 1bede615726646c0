package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether what is found for a topic is on the roles asked: by what it names, the heading it stands under, or the
 * lead-in of its list.
 */
@Singleton
final class RolesNamed {

    private final PassageFinder finder;
    private final RoleCatalog roles;

    RolesNamed(PassageFinder finder, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roles = knowledge.roles();
    }

    /** Whether what is quoted, or the heading it stands under ("How to become an EMT"), names a role asked about. */
    boolean saysWhose(Reply quoted, Passage passage, List<String> about) {
        return roles.rolesIn(quoted.passages()).stream().anyMatch(about::contains)
                || inHeading(passage.section(), about);
    }

    /**
     * Whether a sentence of the passage, or the heading it stands under, names a role asked about; not the article's
     * title, which names every role.
     */
    boolean inPassage(Passage passage, List<String> about) {
        return finder.sentences(passage).stream().anyMatch(s -> s.roles().stream().anyMatch(about::contains))
                || (passage.section().level() >= 2 && inHeading(passage.section(), about));
    }

    /** Whether a section's heading names a role asked about ("### Paralegal", "How to become an EMT"). */
    boolean inHeading(Section section, List<String> about) {
        return roles.rolesIn(section.heading()).stream().anyMatch(about::contains);
    }

    /** Whether a passage is on a role asked about (or any, when none is asked), by name or by its heading. */
    boolean onAsked(Passage passage, List<String> about) {
        return about.isEmpty() || passage.roles().stream().anyMatch(about::contains);
    }

    /**
     * Whether the list of an item is on a role asked as a whole: headed by it ("### Paralegal", or "### Pay" under "##
     * Airline pilot"), led in by a paragraph naming it, or a table with a column for it under a heading on the topic
     * alone.
     */
    boolean wholly(Passage item, List<String> about, Set<String> terms) {
        var section = item.section();
        boolean hasCell = item.cells().stream().anyMatch(cell -> about.contains(cell.role()));
        return partOf(section, about).isPresent() || inLeadIn(item, about)
                || (hasCell && terms.containsAll(finder.headingIndexTerms(section)));
    }

    /**
     * The section, or the one above it below the title, whose heading names a role asked: "## Airline pilot" of "###
     * Pay" under it; none outside a role's part of its article.
     */
    Optional<Section> partOf(Section section, List<String> about) {
        for (var s = section; s != null && s.level() >= 2; s = s.parent()) {
            if (inHeading(s, about)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a paragraph is on roles asked as a lead-in may be: under a heading naming one ("### Sonographer":
     * "Cons:"), or naming them and no other ("Cons of being a detective:"), not "Both roles need…, but:".
     */
    boolean leadsIn(Passage paragraph, List<String> about) {
        if (inHeading(paragraph.section(), about)) {
            return true;
        }
        var named = roles.rolesIn(paragraph.text());
        return !named.isEmpty() && about.containsAll(named);
    }

    /** Whether the paragraph that introduces an item's list names a role asked about ("Brand managers need:"). */
    private boolean inLeadIn(Passage item, List<String> about) {
        return item.section().introOf(item)
                .map(intro -> roles.rolesIn(intro.text()).stream().anyMatch(about::contains)).orElse(false);
    }
}

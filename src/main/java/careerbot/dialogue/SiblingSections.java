package careerbot.dialogue;

import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Section;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sections beside the one a topic was found in that say the rest of what was asked: under "## Pros and cons",
 * "### Pros of being an interpreter" says the pros, and "### Cons of being an interpreter" the cons of "what are the
 * pros and cons of being an interpreter?".
 */
@Singleton
final class SiblingSections {

    private final PassageFinder finder;
    private final RolesNamed rolesNamed;

    SiblingSections(PassageFinder finder, RolesNamed rolesNamed) {
        this.finder = finder;
        this.rolesNamed = rolesNamed;
    }

    /**
     * What was quoted from a passage, with its sibling sections that each name a role asked and say a word of the
     * topic in their heading, when the found section's own heading and text leave a word unsaid (the heading above it
     * said it); each quoted under its heading. As quoted when nothing is left unsaid.
     *
     * @param wanted for each topic word, the terms that count for it
     */
    Reply withTheRest(Reply quoted, Passage found, List<Set<String>> wanted, List<String> about) {
        var section = found.section();
        var parent = section.parent();
        if (about.isEmpty() || parent == null || parent.level() < 2 || parent.children().size() < 2) {
            return quoted; // most answers: a section with no siblings
        }
        var heading = finder.headingTerms(section);
        var held = finder.terms(found);
        if (wanted.stream().allMatch(w -> w.stream().anyMatch(t -> heading.contains(t) || held.contains(t)))) {
            return quoted;
        }
        var parts = new ArrayList<String>();
        var sources = new ArrayList<>(quoted.sources());
        for (var sibling : parent.children()) {
            if (sibling == section) {
                parts.add(Reply.underHeading(section.heading(), quoted.passages()));
            } else if (saysTheRest(sibling, wanted, about)) {
                var rest = Reply.asWritten(sibling, about);
                if (!rest.isEmpty()) {
                    parts.add(Reply.underHeading(sibling.heading(), rest.passages()));
                    sources.addAll(rest.sources());
                }
            }
        }
        return parts.size() < 2 ? quoted : new Reply(String.join("\n\n", parts), Reply.distinct(sources));
    }

    /**
     * Sections side by side under a heading that names a role asked, whose headings each say part of the topic and
     * together all of it, when no passage says it all: "### Pros" and "### Cons" under "## A day in the life of a dog
     * groomer" for "pros and cons of being a dog groomer", each under its heading; nothing otherwise.
     *
     * @param hits   the passages found for the topic, best first: the first under such a heading is taken
     * @param wanted for each topic word, the terms that count for it
     */
    Reply acrossHeadings(List<KnowledgeIndex.Hit> hits, List<Set<String>> wanted, List<String> about) {
        if (about.isEmpty() || wanted.size() < 2) {
            return Reply.NOTHING;
        }
        for (var hit : hits) {
            var parent = hit.passage().section().parent();
            if (parent == null || parent.level() < 2 || !rolesNamed.inHeading(parent, about)) {
                continue;
            }
            var saying = parent.children().stream().filter(child -> !child.passages().isEmpty()
                    && wanted.stream().anyMatch(w -> w.stream().anyMatch(finder.headingTerms(child)::contains))).toList();
            boolean all = wanted.stream().allMatch(w -> saying.stream()
                    .anyMatch(child -> w.stream().anyMatch(finder.headingTerms(child)::contains)));
            if (saying.size() > 1 && all) {
                var parts = new ArrayList<String>();
                var sources = new ArrayList<Source>();
                for (var child : saying) {
                    var said = Reply.asWritten(child, about);
                    parts.add(Reply.underHeading(child.heading(), said.passages()));
                    sources.addAll(said.sources());
                }
                return new Reply(String.join("\n\n", parts), Reply.distinct(sources));
            }
        }
        return Reply.NOTHING;
    }

    /**
     * Lists side by side in a section headed by a role asked, whose lead-ins each say part of the topic and together
     * all of it, when no passage says it all: "Pros:" and "Cons:" under "## The sommelier" for "pros and cons of being
     * a sommelier", each with its items; nothing otherwise.
     */
    Reply acrossLeadIns(List<KnowledgeIndex.Hit> hits, List<Set<String>> wanted, List<String> about) {
        if (about.isEmpty() || wanted.size() < 2) {
            return Reply.NOTHING;
        }
        for (var hit : hits) {
            var section = hit.passage().section();
            if (section.level() < 2 || !rolesNamed.inHeading(section, about)) {
                continue;
            }
            var saying = section.passages().stream().filter(p -> !section.listAfter(p).isEmpty()
                    && wanted.stream().anyMatch(w -> w.stream().anyMatch(finder.terms(p)::contains))).toList();
            boolean all = wanted.stream().allMatch(w -> saying.stream()
                    .anyMatch(p -> w.stream().anyMatch(finder.terms(p)::contains)));
            if (saying.size() > 1 && all) {
                return new Reply(String.join("\n\n", saying.stream().map(Reply::quote).toList()),
                        List.of(Reply.source(saying.get(0), Reply.BY_STRUCTURE)));
            }
        }
        return Reply.NOTHING;
    }

    /** Whether a section's heading names a role asked, and says a word of the topic. */
    private boolean saysTheRest(Section sibling, List<Set<String>> wanted, List<String> about) {
        var terms = finder.headingTerms(sibling);
        return wanted.stream().anyMatch(w -> w.stream().anyMatch(terms::contains))
                && rolesNamed.inHeading(sibling, about);
    }
}

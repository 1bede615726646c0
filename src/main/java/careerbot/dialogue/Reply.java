package careerbot.dialogue;

import careerbot.knowledge.Passage;
import careerbot.knowledge.Section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The retrieved part of a reply: the Markdown that fills {passages}, and the sources it quotes. */
record Reply(String passages, List<Source> sources) {

    static final Reply NOTHING = new Reply("", List.of());
    /** The score of what was found by the articles' structure (a heading, a section's sentences), not by a search. */
    static final double BY_STRUCTURE = 1.0;
    /** A section is quoted up to this many paragraphs, lists or tables: one on both roles, one on each. */
    private static final int SECTION_BLOCKS = 3;
    /** A section whose text is under headings of its own is quoted up to this many: pros and cons of each of two. */
    private static final int SUB_SECTIONS = 4;

    boolean isEmpty() {
        return passages.isBlank();
    }

    /** This reply, or when it is empty the other one. */
    Reply or(Supplier<Reply> other) {
        return isEmpty() ? other.get() : this;
    }

    /** This reply, then the other one after it, if there is one. */
    Reply before(Reply other) {
        if (other.isEmpty()) {
            return this;
        }
        var both = new ArrayList<>(sources);
        both.addAll(other.sources());
        return new Reply(passages + "\n\n" + other.passages(), distinct(both));
    }

    /** This reply without the bare "Yes." or "No." it opens with, for a question that asked neither. */
    Reply withoutYesOrNo() {
        for (var opening : List.of("Yes. ", "No. ")) {
            if (passages.startsWith(opening)) {
                return new Reply(passages.substring(opening.length()), sources);
            }
        }
        return this;
    }

    /** Text under its heading in bold, as a reply sets a section's part apart: "**Cons of being an interpreter**". */
    static String underHeading(String heading, String text) {
        return "**" + heading + "**\n" + text;
    }

    /** Items as a reply lists them after the words introducing them, a line each, up to {@code limit}. */
    static String listed(List<String> items, int limit) {
        var text = new StringBuilder();
        items.stream().limit(limit).forEach(item -> text.append("\n- ").append(item));
        return text.toString();
    }

    /** A passage as a reply quotes it: one that introduces a list, with the list. */
    static String quote(Passage passage) {
        var list = passage.section().listAfter(passage);
        if (list.isEmpty()) {
            return passage.text();
        }
        var text = new StringBuilder(passage.text());
        list.forEach(item -> text.append("\n- ").append(item.text()));
        return text.toString();
    }

    /**
     * A section as written, for a topic asked for by its heading: each paragraph with the list it introduces, and
     * the lists and tables no paragraph introduces (median pay in a table above the paragraph on it), up to
     * {@value #SECTION_BLOCKS} of them.
     */
    static Reply asWritten(Section section) {
        return asWritten(section, List.of());
    }

    /**
     * The same, of the roles asked: a table's rows with their cells alone ("Skills — Civil engineer: …"), and without
     * what a label sets apart for other roles ("Cybersecurity engineer skills: …" for an analyst's); a paragraph that
     * names another role may still say something of both ("Electricians need good colour vision. Both need…").
     */
    static Reply asWritten(Section section, Collection<String> about) {
        if (section.passages().isEmpty()) {
            // Its text is under headings of its own ("### Paralegal", an FAQ's questions): each, under its heading.
            var parts = section.children().stream().filter(child -> !child.passages().isEmpty())
                    .map(child -> Map.entry(child.heading(), asWritten(child, about)))
                    .filter(child -> !child.getValue().isEmpty()).limit(SUB_SECTIONS)
                    .map(child -> underHeading(child.getKey(), child.getValue().passages())).toList();
            return parts.isEmpty() ? NOTHING
                    : new Reply(String.join("\n\n", parts), List.of(source(section, BY_STRUCTURE)));
        }
        var blocks = new ArrayList<String>();
        var items = new ArrayList<String>();
        for (var passage : section.passages()) {
            if (!about.isEmpty() && passage.label().isPresent() && passage.roles().stream().noneMatch(about::contains)) {
                continue;
            }
            if (passage.kind() == Passage.Kind.LIST_ITEM) {
                if (section.introOf(passage).isEmpty()) { // the others come with the paragraph that introduces them
                    items.add("- " + passage.saidOf(about));
                }
                continue;
            }
            if (!items.isEmpty()) {
                blocks.add(String.join("\n", items));
                items.clear();
            }
            blocks.add(quote(passage));
        }
        if (!items.isEmpty()) {
            blocks.add(String.join("\n", items));
        }
        var quoted = blocks.stream().limit(SECTION_BLOCKS).toList();
        return quoted.isEmpty() ? NOTHING : new Reply(String.join("\n\n", quoted), List.of(source(section, BY_STRUCTURE)));
    }

    static Source source(Section section, double score) {
        return new Source(section.article().id(), section.article().title(), section.heading(), score);
    }

    static Source source(Passage passage, double score) {
        return source(passage.section(), score);
    }

    /** Sources without repeats, in the order first quoted. */
    static List<Source> distinct(List<Source> sources) {
        var seen = new LinkedHashMap<String, Source>();
        for (var s : sources) {
            seen.putIfAbsent(s.document() + "\n" + s.section(), s);
        }
        return new ArrayList<>(seen.values());
    }
}

package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The section on a role, and what of a section is quoted about a role: its first paragraphs, those on the role, or its
 * list.
 */
@Singleton
final class RoleParagraphs {

    static final int OVERVIEW_PARAGRAPHS = 2;
    /** A paragraph this short that ends in a colon is a label leading a list: "Pros:", "Key skills:". */
    private static final int LABEL_WORDS = 3;
    /** How much of a paragraph's start is read for the role it opens with: longer than any role's name. */
    private static final int OPENING_CHARACTERS = 80;
    /** A label naming who speaks, the job in brackets after their name: "Dana (journalist)". */
    private static final Pattern SPEAKER = Pattern.compile("[^()]+ \\([^()]+\\)");

    private final PassageFinder finder;
    private final RoleIntroductions introductions;
    private final RoleCatalog roles;
    /** The words of the synonym rules: topics ("salary", "skills"), which a summary of the roles is not headed by. */
    private final Set<String> topicWords;
    /** The terms of the headings on what a role does and its responsibilities ("Job description", "Duties"). */
    private final Set<String> workTerms;
    /** Words of a move into a role ("Becoming one"): a heading holding one is on the way in. */
    private final Set<String> moving;

    RoleParagraphs(PassageFinder finder, RoleIntroductions introductions, KnowledgeBase knowledge,
                   AnswerWriter writer) {
        this.finder = finder;
        this.introductions = introductions;
        this.roles = knowledge.roles();
        this.topicWords = knowledge.synonymWords();
        var overview = writer.templates().of(Intent.ROLE_OVERVIEW);
        this.workTerms = finder.questionTerms(overview.findString("heading") + " " + overview.findString("described")
                + " " + writer.templates().of(Intent.ROLE_RESPONSIBILITIES).findString("heading"));
        this.moving = Set.copyOf(writer.templates().of(Intent.CAREER_ADVICE).findList("moving"));
    }

    /**
     * The first section whose heading names the role and no other ("The accountant's job", "About UX designers"), with
     * a paragraph, or made of sub-sections ("## Actuary", "### Duties"), or a list under a heading on the work ("###
     * Content strategist" under "## Day-to-day duties"): where an article whose headings don't ask what a role does
     * describes it.
     */
    Optional<PassageFinder.Found> sectionNaming(String role, Predicate<Section> eligible) {
        var article = roles.articleOf(role);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        return article.get().sections().stream()
                .filter(s -> s.level() >= 2 && (s.passages().stream().anyMatch(p -> p.kind() == Passage.Kind.PARAGRAPH)
                        || s.passages().isEmpty() && !s.children().isEmpty()
                        || !s.passages().isEmpty() && isOnTheWork(s.parent())))
                .filter(s -> finder.headingRoles(s).equals(List.of(role)) && !isPartOfAnAspect(s))
                .filter(eligible)
                .findFirst()
                .map(s -> new PassageFinder.Found(s, Reply.BY_STRUCTURE));
    }

    /**
     * Whether a section stands under a heading on a topic other than the work, naming no role: "### Sonographer" under
     * "## Pros and cons" holds the sonographer's pros and cons, not what a sonographer is; under "## Job description",
     * "## Duties" or "## At a glance" (no topic), it says that; under "## Career path", the way up.
     */
    private boolean isPartOfAnAspect(Section section) {
        var parent = section.parent();
        return parent != null && parent.level() >= 2 && finder.headingRoles(parent).isEmpty()
                && Words.texts(parent.heading()).stream().anyMatch(this::namesAnAspect);
    }

    /**
     * Whether a heading is on an aspect of a role or on the way into one ("Education and licensing", "Becoming one"):
     * a paragraph under it opening with a role ("Registered nurses need a nursing degree…") says that, not what the
     * role is.
     */
    boolean headsAnAspect(Section section) {
        return isOnAnAspect(section.heading());
    }

    private boolean isOnAnAspect(String heading) {
        return Words.texts(heading).stream().anyMatch(word -> namesAnAspect(word) || moving.contains(word));
    }

    /**
     * The paragraphs not labelled by an aspect, nor introducing a list of labelled items some of which are, when some
     * are not: under "## Zookeeper", "**What they do:** …" says what one does, and "**Education:** …" and "**Salary:**
     * …" after it say something else, as "Quick facts:" does before "- Median pay: …", "- Outlook: …".
     */
    private List<Passage> notOnAnAspect(List<Passage> paragraphs) {
        var onTheWork = paragraphs.stream().filter(p -> labelNamingNoRole(p).filter(this::isOnAnAspect).isEmpty())
                .filter(p -> {
                    var labels = p.section().listAfter(p).stream().map(this::labelNamingNoRole).toList();
                    return labels.isEmpty() || !labels.stream().allMatch(Optional::isPresent)
                            || labels.stream().flatMap(Optional::stream).noneMatch(this::isOnAnAspect);
                }).toList();
        return onTheWork.isEmpty() ? paragraphs : onTheWork;
    }

    /**
     * The paragraphs up to a list led by an aspect alone ("Pros:", "Cons:"), which tells of the work no more; not one
     * led by the work ("Typical tasks include:").
     */
    private List<Passage> untilAnAspectsList(List<Passage> paragraphs) {
        return paragraphs.stream().takeWhile(p -> p == paragraphs.get(0) || !p.text().endsWith(":")
                || Words.of(p.text()).size() > LABEL_WORDS
                || Words.texts(p.text()).stream().noneMatch(this::namesAnAspect)).toList();
    }

    /** The label a passage starts with, if it names no role: "Education" of "Education: a bachelor's degree …". */
    private Optional<String> labelNamingNoRole(Passage passage) {
        return passage.label().filter(label -> roles.rolesIn(label).isEmpty());
    }

    /** Whether a heading below the title is on the work ("Day-to-day duties", "What they do"). */
    private boolean isOnTheWork(Section section) {
        return section != null && section.level() >= 2
                && finder.questionTerms(section.heading()).stream().anyMatch(workTerms::contains);
    }

    /**
     * A topic's word that is not one of the work's, nor its synonym: "path" of "Career path" (though "career" is a
     * synonym of "role"), not "job" of "Job description".
     */
    private boolean namesAnAspect(String word) {
        return topicWords.contains(word) && finder.questionTerms(word).stream().noneMatch(workTerms::contains);
    }

    /**
     * The section's first paragraphs, each with the list it introduces; its list if it has no paragraph, and all its
     * paragraphs (up to a list's length) when each is labelled, as steps written as paragraphs are ("Step 1: …").
     */
    static Reply firstParagraphs(Section section, double score) {
        var paragraphs = section.passages().stream().filter(p -> p.kind() == Passage.Kind.PARAGRAPH).toList();
        if (paragraphs.isEmpty()) { // the steps of "How to become a paramedic": half of them would read as all
            return listed(section.passages(), score);
        }
        if (section.passages().get(0).kind() == Passage.Kind.LIST_ITEM) {
            // Steps, then "Most programs take two years or less.": the list the section opens with is what it says,
            // and the paragraph after it only adds to it.
            return new Reply(Reply.asWritten(section).passages(), List.of(Reply.source(section, score)));
        }
        boolean steps = paragraphs.stream().allMatch(p -> p.label().isPresent());
        return steps ? quoted(paragraphs, score, TopicQuotes.LISTED_ITEMS) : quoted(paragraphs, score);
    }

    /**
     * The same, of those about the role when some are: a section on both roles ("Role overview") may give each its
     * own paragraph ("**Architects** design…", "**Civil engineers** design…"), or its own sub-section ("## Overview",
     * "### Architect", "### Civil engineer").
     */
    Reply ofRole(Section section, String role, double score) {
        var paragraphs = own(section, role);
        if (!paragraphs.isEmpty()) {
            return quoted(untilAnAspectsList(notOnAnAspect(paragraphs)), score);
        }
        return headedBy(section, role).or(() -> openingSubSection(section)).map(child -> firstParagraphs(child, score))
                .orElseGet(() -> firstParagraphs(section, score));
    }

    /** The first sub-section of one made of sub-sections only: "### Duties" of "## Actuary", the role's work. */
    private static Optional<Section> openingSubSection(Section section) {
        return !section.passages().isEmpty() ? Optional.empty()
                : section.children().stream().filter(child -> !child.passages().isEmpty()).findFirst();
    }

    /** The role's paragraphs in a section: its own, or those of its sub-section headed by the role ("### Lawyer"). */
    List<Passage> ownOrHeaded(Section section, String role) {
        var paragraphs = own(section, role);
        return !paragraphs.isEmpty() ? paragraphs : headedBy(section, role).map(child -> child.passages().stream()
                .filter(p -> p.kind() == Passage.Kind.PARAGRAPH).toList()).orElse(List.of());
    }

    /** The sub-section of a section headed by the role alone ("### Lawyer"), if it has one. */
    Optional<Section> headedBy(Section section, String role) {
        return section.children().stream().filter(child -> finder.headingRoles(child).equals(List.of(role)))
                .findFirst();
    }

    /**
     * The paragraphs of a section about the role: those about it alone, and those it is the first role named in
     * ("Teaching assistants support the teacher…" is the teaching assistant's, though it names the teacher).
     */
    List<Passage> own(Section section, String role) {
        return section.passages().stream().filter(p -> p.kind() == Passage.Kind.PARAGRAPH)
                .filter(p -> p.roles().equals(Set.of(role)) || namedFirst(p, role)).toList();
    }

    /** Whether the paragraph starts on the role alone: not "Architects and civil engineers often work together". */
    private boolean namedFirst(Passage passage, String role) {
        return introductions.isOn(finder.sentences(passage).get(0), role);
    }

    /** The first paragraphs as written, each with the list it introduces. */
    static Reply quoted(List<Passage> paragraphs, double score) {
        return quoted(paragraphs, score, OVERVIEW_PARAGRAPHS);
    }

    private static Reply quoted(List<Passage> paragraphs, double score, int most) {
        var text = paragraphs.stream().limit(most).map(Reply::quote).toList();
        return new Reply(String.join("\n\n", text), List.of(Reply.source(paragraphs.get(0).section(), score)));
    }

    /** Passages as a list: each an item, but the paragraph that introduces the list, which stands as written. */
    static Reply listed(List<Passage> passages, double score) {
        if (passages.isEmpty()) {
            return Reply.NOTHING;
        }
        // "Program managers usually:" is no item of the list it introduces.
        var lines = passages.stream()
                .map(p -> p.section().listAfter(p).isEmpty() ? "- " + p.text() : p.text()).toList();
        return new Reply(String.join("\n", lines), List.of(Reply.source(passages.get(0), score)));
    }

    /**
     * The role's paragraphs in the section whose heading holds the words and that labels each by its role ("The work
     * itself": "Data analyst: Most of an analyst's week…"), if there is one: not "Work environment", whose "Most
     * architects work in design studios" is where, not what.
     */
    Reply labelledWork(String headingWords, String role) {
        return finder.section(headingWords, List.of(role), s -> !labelledParagraphs(s, role).isEmpty())
                .map(found -> quoted(labelledParagraphs(found.section(), role), found.score())).orElse(Reply.NOTHING);
    }

    /**
     * The role's line in a section that sums up the roles, each of its passages labelled by a role's name ("## At a
     * glance", "- **Brand manager:** guards the brand's positioning…"), if there is one: not one headed by a topic
     * ("Pay", whose "Brand manager: $98,000" is what the role earns, not what it does).
     */
    Reply summary(String role) {
        var article = roles.articleOf(role);
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        for (var section : article.get().sections()) {
            var labelled = section.passages().stream()
                    .map(p -> roleLabel(p).map(roles::rolesIn).filter(named -> named.size() == 1).orElse(List.of()))
                    .toList();
            boolean sumsUp = labelled.stream().noneMatch(List::isEmpty)
                    && Words.texts(section.heading()).stream().noneMatch(topicWords::contains);
            int at = labelled.indexOf(List.of(role));
            if (sumsUp && at >= 0) {
                return new Reply(section.passages().get(at).text(),
                        List.of(Reply.source(section, Reply.BY_STRUCTURE)));
            }
        }
        return Reply.NOTHING;
    }

    /**
     * The paragraphs of a section led by a label that names the role alone: "Data analyst: Most of…"; not by someone
     * who does the job ("Dana (journalist): I check the wires at 7am…"), whose own day is no account of the role's,
     * here or in a summary.
     */
    private List<Passage> labelledParagraphs(Section section, String role) {
        return section.passages().stream().filter(p -> p.kind() == Passage.Kind.PARAGRAPH)
                .filter(p -> roleLabel(p).filter(label -> roles.rolesIn(label).equals(List.of(role))).isPresent())
                .toList();
    }

    /** A passage's label, unless it names who speaks ({@link #SPEAKER}). */
    private static Optional<String> roleLabel(Passage passage) {
        return passage.label().filter(label -> !SPEAKER.matcher(label).matches());
    }

    /**
     * The role's paragraphs in the section whose heading holds the words and whose every paragraph opens with a role,
     * as what it is about ("Day-to-day tasks": "A bookkeeper records every sale…", "An accountant uses the books…"),
     * if there is one.
     */
    Reply openedWork(String headingWords, String role) {
        return finder.section(headingWords, List.of(role), s -> opensEach(s).contains(role))
                .map(found -> quoted(found.section().passages().stream()
                        .filter(p -> p.kind() == Passage.Kind.PARAGRAPH && role.equals(openedBy(p.text()))).toList(),
                        found.score()))
                .orElse(Reply.NOTHING);
    }

    /** The roles the paragraphs of a section open with, when each opens with one: none otherwise. */
    private Set<String> opensEach(Section section) {
        var opening = new HashSet<String>();
        for (var passage : section.passages()) {
            var role = passage.kind() == Passage.Kind.PARAGRAPH ? openedBy(passage.text()) : null;
            if (role == null) {
                return Set.of();
            }
            opening.add(role);
        }
        return opening;
    }

    /** The role a text's first words name, past an article ("A", "The"); null when they name none. */
    private String openedBy(String text) {
        var opening = text.substring(0, Math.min(text.length(), OPENING_CHARACTERS));
        var words = Words.of(opening);
        int first = !words.isEmpty() && Words.ARTICLES.contains(words.get(0).text()) ? 1 : 0;
        if (words.size() <= first) {
            return null;
        }
        var mentions = roles.mentions(opening, words);
        return !mentions.isEmpty() && mentions.get(0).start() == words.get(first).start()
                ? mentions.get(0).role() : null;
    }
}

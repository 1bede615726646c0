package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The retrieved part of the answers about roles: overview, responsibilities, examples and comparison. */
@Singleton
final class RoleAnswers {

    private static final int SEARCH_FALLBACK_PASSAGES = 2;

    private final PassageFinder finder;
    private final RoleIntroductions introductions;
    private final RoleParagraphs paragraphs;
    private final QuestionHeadings questionHeadings;
    private final RoleCatalog roles;
    private final Set<String> synonymWords;
    private final Templates.IntentTemplate responsibilitiesTemplate;
    private final Templates.IntentTemplate overviewTemplate;

    RoleAnswers(PassageFinder finder, KnowledgeBase knowledge, QuestionHeadings questionHeadings, AnswerWriter writer,
                RoleIntroductions introductions, RoleParagraphs paragraphs) {
        this.finder = finder;
        this.introductions = introductions;
        this.paragraphs = paragraphs;
        this.responsibilitiesTemplate = writer.templates().of(Intent.ROLE_RESPONSIBILITIES);
        this.overviewTemplate = writer.templates().of(Intent.ROLE_OVERVIEW);
        this.questionHeadings = questionHeadings;
        this.roles = knowledge.roles();
        this.synonymWords = knowledge.synonymWords();
    }

    /** A role as a reply's label or first word: "UI designer", "Product owner". */
    String label(String role) {
        return Words.capitalised(roles.title(role));
    }

    /**
     * The section that describes the role, its first paragraphs; without one, the role's own paragraph in a section
     * telling each role's work ("The work itself": "**Data analyst.** Most of an analyst's week…"), what the
     * article's introduction says of it or, for a question with a topic ("what does a web designer study?"), the
     * passages that match it best.
     */
    Reply overview(Templates.IntentTemplate template, String role, String question, List<String> topic) {
        Supplier<Reply> introduced = () -> paragraphs.labelledWork(template.findString("told"), role)
                .or(() -> paragraphs.summary(role)).or(() -> introductions.of(role));
        Supplier<Reply> searchedFor = () -> searched(question, List.of(role));
        return finder.section(template.findString("heading"), List.of(role), this::onTheRole)
                .or(() -> finder.sectionNaming(role, this::onTheRole))
                .map(found -> paragraphs.ofRole(found.section(), role, found.score()))
                .orElseGet(() -> topic.isEmpty() ? introduced.get().or(searchedFor) : searchedFor.get().or(introduced));
    }

    /**
     * Whether a section may say what a role is or does: not one whose heading asks something else of it, as an FAQ's
     * "Do financial advisors work weekends?" does, though it shares "do" with "what does … do?".
     */
    private boolean onTheRole(Section section) {
        return !questionHeadings.asksMoreThanItsRoles(section);
    }

    /** Each responsibility (a sub-section) as its heading and the first sentence under it. */
    Reply responsibilities(Templates.IntentTemplate template, String role, String question) {
        var found = finder.section(template.findString("heading"), List.of(role), this::onTheRole);
        if (found.isEmpty()) {
            // No section on responsibilities: the list of the section on the role ("Day to day, an accountant might:"),
            // else what the role does.
            return finder.sectionNaming(role, this::onTheRole).map(RoleAnswers::introducedList).filter(r -> !r.isEmpty())
                    .orElseGet(() -> overview(overviewTemplate, role, question, List.of()));
        }
        var section = found.get().section();
        if (section.children().isEmpty()) {
            var onTheRole = ofRole(section.passages(), p -> p.roles().contains(role));
            return RoleParagraphs.listed(onTheRole, found.get().score());
        }
        var lines = new ArrayList<String>();
        // One section for both roles ("Key responsibilities"): the responsibilities of this one.
        var children = ofRole(section.children(), c -> c.passages().stream().anyMatch(p -> p.roles().contains(role)));
        for (var child : children) {
            var gist = child.passages().isEmpty() ? "" : " — " + gist(child.passages().get(0), role);
            lines.add("- **" + child.heading() + "**" + gist);
        }
        return new Reply(String.join("\n", lines), List.of(Reply.source(section, found.get().score())));
    }

    /** The first sentence of a passage on the role: "Teaching assistants rarely plan lessons…" under "Planning". */
    private String gist(Passage passage, String role) {
        var sentences = finder.sentences(passage);
        return sentences.stream().filter(s -> s.roles().contains(role)).findFirst().orElse(sentences.get(0)).text();
    }

    /**
     * The examples of the role's work; an industry the question names ("at a bank") picks the matching one. When the
     * question names a place none of them is about ("in healthcare"), the reply says so before giving them all.
     * With no section of examples on the role, its responsibilities show its work.
     *
     * @param topic the question's words beyond its roles and ways of asking: only they pick examples ("do" in "what
     *              does a PT do on a typical day?" is no topic, though an example says "exercises to do at home")
     */
    Reply examples(Templates.IntentTemplate template, String role, String question, List<String> topic) {
        var toldTerms = finder.templateTerms(template.findString("told"));
        // An FAQ's "What does a typical day look like for each?" asks for examples in two of their words.
        var found = finder.section(template.findString("heading"), List.of(role), section -> onTheRole(section)
                || finder.headingIndexTerms(section).stream().filter(toldTerms::contains).limit(2).count() == 2);
        if (found.isEmpty()) { // but none at a place the question names ("at a bank"): they are no example there
            return places(question).isEmpty() ? responsibilities(responsibilitiesTemplate, role, question)
                    : Reply.NOTHING;
        }
        var items = exampleItems(found.get().section(), role);
        if (items.isEmpty()) { // a heading that only shares a word ("Day-to-day work") with no list of examples
            // Asked for one at a place ("at a bank"), the passages that best match the question are no example there.
            if (!places(question).isEmpty()) {
                return Reply.NOTHING;
            }
            // "A day in the life" told in a paragraph a role ("**Penetration tester.** A typical engagement…"); not
            // "Work environment", which shares only "work" with the examples' heading.
            var section = found.get().section();
            boolean tellsTheWork = finder.headingIndexTerms(section).stream().anyMatch(toldTerms::contains);
            // Not a lead-in to the responsibilities under "Typical scrum master responsibilities", which shares "typical".
            var told = !tellsTheWork ? List.<Passage>of() : paragraphs.own(section, role).stream()
                    .filter(p -> !p.text().endsWith(":")).toList();
            if (!told.isEmpty()) {
                return RoleParagraphs.quoted(told, found.get().score());
            }
            // Or a section such as "The work itself" that labels a paragraph by each role, wherever it stands; else,
            // as with no section found, the responsibilities ("Typical … responsibilities" shares only "typical").
            return paragraphs.labelledWork(template.findString("heading"), role)
                    .or(() -> responsibilities(responsibilitiesTemplate, role, question));
        }
        var selected = finder.selectedBy(String.join(" ", topic), items);
        if (!selected.isEmpty()) {
            return RoleParagraphs.listed(selected, found.get().score());
        }
        var examples = RoleParagraphs.listed(items, found.get().score());
        var places = places(question);
        String noneAbout = template.findString("none_about");
        if (places.isEmpty() || noneAbout.isBlank() || items.stream().anyMatch(p -> holdsAny(p, places))) {
            return examples;
        }
        var values = Map.of("role", roles.title(role), "topic", String.join(" ", places));
        return new Reply(Template.parse(noneAbout).fill(values) + "\n\n" + examples.passages(), examples.sources());
    }

    /**
     * The question's words that may name where a role works: those of the synonym rules, where the editors list
     * places of work ("games", "hospital"). Any other word an example shares ("roadmap", "some") names no place, nor
     * does a word of a role's name ("software" in "software developer").
     */
    private List<String> places(String question) {
        var places = synonymWordsIn(question);
        if (places.isEmpty()) { // most questions name none
            return places;
        }
        // "Tasks", a synonym of "responsibilities", names what the role does, not where.
        var work = finder.templateTerms(responsibilitiesTemplate.findString("heading"));
        return synonymWordsIn(roles.withoutMentions(question)).stream()
                .filter(word -> finder.questionTerms(word).stream().noneMatch(work::contains)).toList();
    }

    private List<String> synonymWordsIn(String text) {
        return Words.of(text).stream().map(Words.Word::text).filter(synonymWords::contains).toList();
    }

    /**
     * The examples of the role's work that the question picks out ("what does a PM do at a games studio?"), or
     * nothing when it picks none: what a role does somewhere is its example there.
     */
    Reply examplesPicked(Templates.IntentTemplate template, String role, String question) {
        var places = places(question);
        if (places.isEmpty()) { // most overview questions: no section looked up for them
            return Reply.NOTHING;
        }
        var found = finder.section(template.findString("heading"), List.of(role), this::onTheRole);
        if (found.isEmpty()) {
            return Reply.NOTHING;
        }
        var selected = finder.selectedBy(String.join(" ", places), exampleItems(found.get().section(), role));
        return selected.isEmpty() ? Reply.NOTHING : RoleParagraphs.listed(selected, found.get().score());
    }

    /** The list items of a section of examples; of one on both roles ("Where they work"), this role's. */
    private List<Passage> exampleItems(Section section, String role) {
        var items = section.passages().stream().filter(p -> p.kind() == Passage.Kind.LIST_ITEM).toList();
        return ofRole(items, p -> isExampleOf(p, role));
    }

    /**
     * Whether an example is of the role: by the heading above it, else by the role it names first ("An agile coach …
     * mentoring three scrum masters" is the coach's); one that names none is of every role its section is about.
     */
    private boolean isExampleOf(Passage item, String role) {
        if (item.roles().size() == 1) {
            return item.roles().contains(role);
        }
        var named = roles.rolesIn(item.text());
        return named.isEmpty() ? item.roles().contains(role) : named.get(0).equals(role);
    }

    private boolean holdsAny(Passage passage, List<String> words) {
        var terms = finder.terms(passage);
        return words.stream().anyMatch(w -> finder.questionTerms(w).stream().anyMatch(terms::contains));
    }

    /** The parts about the role, if any is; else all of them, as none is about one role rather than another. */
    private static <T> List<T> ofRole(List<T> parts, Predicate<T> aboutTheRole) {
        var about = parts.stream().filter(aboutTheRole).toList();
        return about.isEmpty() ? parts : about;
    }

    /** For each role, the sentences of the passage (or clauses of one contrasting them) naming it and no other. */
    List<List<PassageFinder.Sentence>> sentencesByRole(Passage passage, List<String> wanted) {
        var result = new ArrayList<List<PassageFinder.Sentence>>();
        wanted.forEach(r -> result.add(new ArrayList<>()));
        // "Enjoy sports and exercise" under "Choose physical therapy if you:" names no role: its list's lead-in does.
        int itemOf = passage.kind() == Passage.Kind.LIST_ITEM ? passage.soleRoleAmong(wanted) : -1;
        for (var sentence : finder.sentences(passage)) {
            // "Scrum masters work within agile frameworks, while project managers may use …": a clause each; not in an
            // item of a list, whose label ("Clients: analysts serve banks; advisors serve families") is said of both.
            if (passage.kind() == Passage.Kind.PARAGRAPH && namesSeveral(sentence, wanted)) {
                finder.contrasted(sentence).forEach(clause -> addToItsRole(clause, wanted, result));
            } else if (itemOf >= 0 && named(sentence, wanted) == 0) {
                result.get(itemOf).add(sentence);
            } else {
                addToItsRole(sentence, wanted, result);
            }
        }
        return result;
    }

    private static boolean namesSeveral(PassageFinder.Sentence sentence, List<String> wanted) {
        return named(sentence, wanted) > 1;
    }

    /** How many of the roles the sentence names; no stream, as it is asked of every sentence read. */
    private static int named(PassageFinder.Sentence sentence, List<String> wanted) {
        int named = 0;
        for (var role : sentence.roles()) {
            named += wanted.contains(role) ? 1 : 0;
        }
        return named;
    }

    /** The sentence added to the one role of those wanted it names, if it names only one of them. */
    private static void addToItsRole(PassageFinder.Sentence sentence, List<String> wanted,
                                     List<List<PassageFinder.Sentence>> byRole) {
        if (namesSeveral(sentence, wanted)) {
            return;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (sentence.roles().contains(wanted.get(i))) {
                byRole.get(i).add(sentence);
            }
        }
    }

    /** The first list of a section, with the paragraph that introduces it. */
    private static Reply introducedList(PassageFinder.Found found) {
        return found.section().passages().stream().filter(p -> !found.section().listAfter(p).isEmpty()).findFirst()
                .map(p -> new Reply(Reply.quote(p), List.of(Reply.source(found.section(), found.score()))))
                .orElse(Reply.NOTHING);
    }

    /** For an article shaped otherwise: the passages about the role that best match the question. */
    Reply searched(String question, List<String> about) {
        var hits = finder.search(question, about, SEARCH_FALLBACK_PASSAGES);
        if (hits.isEmpty()) {
            return Reply.NOTHING;
        }
        var text = new ArrayList<String>();
        var quotedInLists = new HashSet<Passage>();
        for (var hit : hits) {
            if (quotedInLists.add(hit.passage())) {
                quotedInLists.addAll(hit.passage().section().listAfter(hit.passage()));
                text.add(Reply.quote(hit.passage()));
            }
        }
        var sources = hits.stream().map(h -> Reply.source(h.passage(), h.score())).toList();
        return new Reply(String.join("\n\n", text), Reply.distinct(sources));
    }
}

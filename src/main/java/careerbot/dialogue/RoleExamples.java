package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Examples of a role's work: those under a heading of their own, those a question picks out by a place ("at a bank")
 * or a kind of the role ("a data journalist"), else the list of the section on the role or its responsibilities.
 */
@Singleton
final class RoleExamples {

    private final PassageFinder finder;
    private final RoleAnswers roleAnswers;
    private final RoleParagraphs paragraphs;
    private final RoleCatalog roles;
    /** The words of the editors' synonyms, where they list places of work ("games", "hospital"). */
    private final Set<String> synonymWords;
    private final Templates.IntentTemplate responsibilitiesTemplate;

    RoleExamples(PassageFinder finder, RoleAnswers roleAnswers, RoleParagraphs paragraphs, KnowledgeBase knowledge,
                 AnswerWriter writer) {
        this.finder = finder;
        this.roleAnswers = roleAnswers;
        this.paragraphs = paragraphs;
        this.roles = knowledge.roles();
        this.synonymWords = knowledge.synonymWords();
        this.responsibilitiesTemplate = writer.templates().of(Intent.ROLE_RESPONSIBILITIES);
    }

    /**
     * The examples of the role's work; an industry the question names ("at a bank") picks the matching one. When the
     * question names a place none of them is about ("in healthcare"), the reply says so before giving them all.
     * With no section of examples on the role, the list under the section on it, else its responsibilities, shows
     * its work.
     *
     * @param topic the question's words beyond its roles and ways of asking: only they pick examples ("do" in "what
     *              does a PT do on a typical day?" is no topic, though an example says "exercises to do at home")
     */
    Reply examples(Templates.IntentTemplate template, String role, String question, List<String> topic) {
        var toldTerms = finder.templateTerms(template.findString("told"));
        // An FAQ's "What does a typical day look like for each?" asks for examples in two of their words.
        var found = finder.section(template.findString("heading"), List.of(role), section -> roleAnswers.onTheRole(section)
                || finder.headingIndexTerms(section).stream().filter(toldTerms::contains).limit(2).count() == 2);
        if (found.isEmpty()) { // but none at a place the question names ("at a bank"): they are no example there
            return places(question).isEmpty() ? listedOrResponsibilities(role, question) : Reply.NOTHING;
        }
        var items = exampleItems(found.get().section(), role);
        if (items.isEmpty()) { // a heading that only shares a word ("Day-to-day work") with no list of examples
            // Asked for one at a place ("at a bank"), the passages that best match the question are no example there.
            if (!places(question).isEmpty()) {
                return Reply.NOTHING;
            }
            // "A day in the life" told in a paragraph a role ("**Penetration tester.** A typical engagement…") or a
            // sub-section ("### Lawyer"); not "Work environment", which shares only "work" with the examples' heading.
            var section = found.get().section();
            boolean tellsTheWork = finder.headingIndexTerms(section).stream().anyMatch(toldTerms::contains);
            // Not a lead-in to the responsibilities under "Typical scrum master responsibilities", which shares "typical".
            var told = !tellsTheWork ? List.<Passage>of() : paragraphs.ownOrHeaded(section, role).stream()
                    .filter(p -> !p.text().endsWith(":")).toList();
            if (!told.isEmpty()) {
                return RoleParagraphs.quoted(told, found.get().score());
            }
            // Or a section such as "The work itself" that labels a paragraph by each role, wherever it stands; else,
            // as with no section found, the responsibilities ("Typical … responsibilities" shares only "typical").
            return paragraphs.labelledWork(template.findString("heading"), role)
                    .or(() -> listedOrResponsibilities(role, question));
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
     * With no examples found: the list in the section on the role ("What journalists do": "- A local reporter might
     * cover a city council meeting…"), else its responsibilities.
     */
    private Reply listedOrResponsibilities(String role, String question) {
        return paragraphs.sectionNaming(role, roleAnswers::onTheRole)
                .map(found -> RoleParagraphs.listed(withIntro(exampleItems(found.section(), role)), found.score()))
                .filter(listed -> !listed.isEmpty())
                .orElseGet(() -> roleAnswers.responsibilities(responsibilitiesTemplate, role, question));
    }

    /** Items with the paragraph that introduces their list, if one does ("Day to day, a sous chef:"). */
    private static List<Passage> withIntro(List<Passage> items) {
        if (items.isEmpty()) {
            return items;
        }
        var listed = new ArrayList<Passage>(items.size() + 1);
        items.get(0).section().introOf(items.get(0)).ifPresent(listed::add);
        listed.addAll(items);
        return listed;
    }

    /**
     * The examples of the role's work that the question picks out ("what does a PM do at a games studio?", "what does
     * a data journalist do?"), or nothing when it picks none: what a role does somewhere is its example there.
     *
     * @param topic the question's words beyond its roles and ways of asking, among which a kind of the role stands
     */
    Reply examplesPicked(Templates.IntentTemplate template, String role, String question, List<String> topic) {
        var picking = new ArrayList<>(places(question));
        if (!topic.isEmpty()) { // most overview questions have none: no words looked at again
            kindAsked(role, question).ifPresent(picking::add);
        }
        if (picking.isEmpty()) { // most overview questions: no section looked up for them
            return Reply.NOTHING;
        }
        // Examples under a heading of their own, else the list of the section on the role ("What journalists do").
        var found = finder.section(template.findString("heading"), List.of(role), roleAnswers::onTheRole);
        var items = exampleItems(found, role);
        if (items.isEmpty()) {
            found = paragraphs.sectionNaming(role, roleAnswers::onTheRole);
            items = exampleItems(found, role);
        }
        var selected = finder.selectedBy(String.join(" ", picking), items);
        return selected.isEmpty() ? Reply.NOTHING : RoleParagraphs.listed(selected, found.get().score());
    }

    /**
     * The word a question puts between a determiner and the role's name, a kind of the role its examples may name:
     * "data" in "what does a data journalist do?", "school" in "a school social worker".
     */
    private Optional<String> kindAsked(String role, String question) {
        var words = Words.of(question);
        for (var mention : roles.mentions(question, words)) {
            int at = 0;
            while (at < words.size() && words.get(at).start() < mention.start()) {
                at++;
            }
            if (mention.role().equals(role) && at >= 2 && Words.ARTICLES.contains(words.get(at - 2).text())
                    && !finder.indexTerms(words.get(at - 1).text()).isEmpty()) {
                return Optional.of(words.get(at - 1).text());
            }
        }
        return Optional.empty();
    }

    private List<Passage> exampleItems(Optional<PassageFinder.Found> found, String role) {
        return found.map(f -> exampleItems(f.section(), role)).orElse(List.of());
    }

    /**
     * The list items of a section of examples; of one on both roles ("Where they work"), this role's. Not the rows of
     * a table setting the roles side by side under "Day to day", which compare them.
     */
    private List<Passage> exampleItems(Section section, String role) {
        var items = section.passages().stream()
                .filter(p -> p.kind() == Passage.Kind.LIST_ITEM && p.cells().isEmpty()).toList();
        return RoleAnswers.ofRole(items, p -> isExampleOf(p, role));
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
}

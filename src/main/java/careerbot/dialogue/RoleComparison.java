package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Two roles side by side: what answers "PO vs PM?" and "how do they differ?". */
@Singleton
final class RoleComparison {

    /** Fewer rows than this are a table of something else ("Median pay") rather than the roles side by side. */
    private static final int FEWEST_ROWS = 2;
    private static final int REMEMBERED_PAIRS = 10_000;

    private final PassageFinder finder;
    private final OutlookWords outlook;
    private final TopicPhrases phrases;
    private final RoleAnswers roleAnswers;
    private final SentenceSubjects subjects;
    private final AspectsSideBySide aspects;
    private final RoleCatalog roles;
    private final RolesNamed rolesNamed;
    private final Set<String> synonymWords;
    /** The terms of a sentence that tells two roles apart ({@code told_apart}: "differ", "unlike"). */
    private final Set<String> tellingApart;
    // Per pair of roles, so bounded: what an article says of their difference depends on nothing else.
    private final Cache<List<String>, Reply> toldApart = Caffeine.newBuilder().maximumSize(REMEMBERED_PAIRS).build();

    RoleComparison(PassageFinder finder, RoleAnswers roleAnswers, KnowledgeBase knowledge, OutlookWords outlook,
                   TopicPhrases phrases, AnswerWriter writer, SentenceSubjects subjects, AspectsSideBySide aspects,
                   RolesNamed rolesNamed) {
        this.finder = finder;
        this.rolesNamed = rolesNamed;
        this.subjects = subjects;
        this.aspects = aspects;
        this.outlook = outlook;
        this.phrases = phrases;
        this.roleAnswers = roleAnswers;
        this.roles = knowledge.roles();
        this.synonymWords = knowledge.synonymWords();
        var telling = writer.templates().of(Intent.ROLE_COMPARISON).findList("told_apart");
        this.tellingApart = finder.templateTerms(String.join(" ", telling));
    }

    /**
     * What a question compares two roles on: its topic words but those that ask how they differ ({@code unlike}):
     * "compared" in "how much do lawyers earn compared with paralegals?".
     */
    static List<String> comparedOn(Templates.IntentTemplate template, List<String> topicWords) {
        var asking = template.findList("unlike");
        return topicWords.isEmpty() ? topicWords : topicWords.stream().filter(w -> !asking.contains(w)).toList();
    }

    /**
     * Two roles of one article compared on a topic ("how do they differ in scope?", "what's the difference in
     * education?"): the aspects of their differences that it names, else the section whose heading names it
     * ("Education and licensing"), as written; nothing if neither does.
     */
    Reply onTopic(Templates.IntentTemplate template, List<String> topicWords, String first, String second) {
        var article = roles.articleOnAll(List.of(first, second));
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        var asked = new HashSet<String>();
        topicWords.forEach(word -> asked.addAll(finder.wordTerms(word)));
        var found = differences(template, first, second);
        var named = found.map(f -> compared(f.section(), template, first, second).stream()
                .filter(block -> block.terms().stream().anyMatch(asked::contains)).toList())
                .orElse(List.of());
        if (!named.isEmpty()) {
            return new Reply(inTurn(named), List.of(Reply.source(found.get().section(), found.get().score())));
        }
        var headed = finder.sectionsHeaded(topicWords, article.get());
        // "## Airline pilot" over "### Pay", "## Flight attendant" over another: each role's, under its name.
        var parts = new HashMap<String, Section>();
        for (var role : List.of(first, second)) {
            headed.stream().filter(section -> rolesNamed.partOf(section, List.of(role)).isPresent()).findFirst()
                    .ifPresent(section -> parts.put(role, section));
        }
        if (parts.size() == 2) {
            return roleAnswers.eachRole(List.of(first, second), role -> Reply.asWritten(parts.get(role)));
        }
        return headed.stream().findFirst()
                .filter(section -> !outlook.isAllASectionSays(section, asked))
                .map(Reply::asWritten)
                .orElse(Reply.NOTHING);
    }

    /**
     * Roles of one article: its section on their differences, each paragraph labelled by the aspect it is about and
     * split into what it says of each role; without one, each one's overview and then a table that sets them side by
     * side ("At a glance") or, for roles of different articles or of an article with neither, the aspects its
     * sections on both tell apart ({@link AspectsSideBySide}), after the article's sentence on their difference if it
     * has one ("The difference lies in what each one is responsible for: …").
     */
    Reply of(Templates.IntentTemplate template, Templates.IntentTemplate overviewTemplate, String first,
             String second) {
        var found = differences(template, first, second);
        if (found.isEmpty()) {
            // A table setting the roles side by side ("Skills at a glance"), after what each one does.
            var sideBySide = table(first, second).map(table -> afterOverviews(overviewTemplate, first, second, table))
                    .orElseGet(() -> aspects.withOverviews(overviewTemplate, List.of(first, second)));
            var told = toldApart.get(List.of(first, second), pair -> toldApart(first, second));
            return told.isEmpty() ? sideBySide : told.before(sideBySide);
        }
        var section = found.get().section();
        var blocks = compared(section, template, first, second);
        if (blocks.isEmpty()) {
            return RoleParagraphs.firstParagraphs(section, found.get().score());
        }
        var differences = new Reply(inTurn(blocks), List.of(Reply.source(section, found.get().score())));
        // An article of paragraphs under its title alone: what sets the roles apart, after what each one does.
        return section.article().sections().size() == 1
                ? afterOverviews(overviewTemplate, first, second, differences) : differences;
    }

    /** Each role's overview, then what sets them apart. */
    private Reply afterOverviews(Templates.IntentTemplate overviewTemplate, String first, String second,
                                 Reply differences) {
        var overviews = aspects.overviews(overviewTemplate, List.of(first, second));
        return overviews.isEmpty() ? differences : overviews.before(differences);
    }

    /**
     * The section on two roles' differences: headed as such ("Key differences"), else headed as comparing them
     * ("Pharmacist vs. pharmacy technician at a glance", "How they compare"), not one that compares them on a subject
     * alone ("Network engineer vs. network administrator: Salary"), which the aspects side by side hold.
     */
    private Optional<PassageFinder.Found> differences(Templates.IntentTemplate template, String first, String second) {
        var about = List.of(first, second);
        return finder.section(template.findString("heading"), about)
                .or(() -> finder.section(template.findString("compared_heading"), about, s -> !headedBySubject(s)))
                .or(() -> finder.titleOnAll(about));
    }

    /**
     * One aspect of two roles' differences, side by side, or an item of a list of them as written, with the terms of
     * its label ("Scope", "Training").
     */
    private record Block(String text, Set<String> terms, boolean item) { }

    /**
     * The terms of an item's label ("Education" of "Education: …", "Typical pay" of "Typical pay — …"), the aspect
     * it is about: "Setting: … visit homes, schools …" is no difference in education. Of an item with no label, all
     * its terms.
     */
    private Set<String> labelTerms(Passage item) {
        return item.label().map(finder::indexTerms).orElseGet(() -> finder.terms(item));
    }

    /** The blocks one after the other, the items of a list as one list. */
    private static String inTurn(List<Block> blocks) {
        var text = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.append(blocks.get(i).item() && blocks.get(i - 1).item() ? "\n" : "\n\n");
            }
            text.append(blocks.get(i).text());
        }
        return text.toString();
    }

    /**
     * What the section on two roles' differences says of each, aspect by aspect. A list of differences whose items
     * don't each say something of each role apart ("**Pay:** The median annual wage was $86,070 for registered nurses
     * and $126,260 for nurse practitioners") is quoted as written, each item its own aspect.
     */
    private List<Block> compared(Section section, Templates.IntentTemplate template, String first, String second) {
        var aspects = template.findList("aspects");
        var blocks = new ArrayList<Block>();
        boolean listAsWritten = section.passages().stream().anyMatch(p -> p.kind() == Passage.Kind.LIST_ITEM
                && sideBySide(p, first, second, "", "").isEmpty());
        for (var passage : section.passages()) {
            if (listAsWritten && passage.kind() == Passage.Kind.LIST_ITEM) {
                blocks.add(new Block("- " + passage.text(), labelTerms(passage), true));
                continue;
            }
            // "Authority: The product owner has the final say…": the article's own label names the aspect, and is said
            // once, above both roles' parts, not inside the first.
            var label = finder.aspectLabel(passage);
            var aspect = label.orElseGet(() -> aspectOf(passage, aspects));
            var terms = aspect.isEmpty() ? Set.<String>of() : finder.templateTerms(aspect);
            sideBySide(passage, first, second, aspect, label.orElse(""))
                    .ifPresent(text -> blocks.add(new Block(text, terms, false)));
            comparing(passage, first, second).forEach(sentence ->
                    blocks.add(new Block(sentence.text(), sentence.terms(), false)));
        }
        // "### Training", "### Salary" under "Key differences": each heading is the aspect its passages are about, and
        // a passage there that says both at once ("$36,680 for EMTs and $53,180 for paramedics") still compares them.
        for (var aspect : section.children()) {
            for (var passage : aspect.passages()) {
                var sides = sideBySide(passage, first, second, aspect.heading(), "");
                blocks.add(new Block(sides.orElse(Reply.underHeading(aspect.heading(), Reply.quote(passage))),
                        finder.headingTerms(aspect), false));
                if (sides.isPresent()) { // and after them a sentence comparing both: "Pharmacists earn more than…"
                    comparing(passage, first, second).forEach(sentence ->
                            blocks.add(new Block(sentence.text(), finder.headingTerms(aspect), false)));
                }
            }
        }
        return blocks;
    }

    /**
     * What a passage says of each role, under the aspect when there is one, without the passage's label ("Authority: ")
     * where a role's part starts with it; nothing for a passage that doesn't say something of each apart (a lead-in
     * about both at once compares nothing side by side).
     */
    private Optional<String> sideBySide(Passage passage, String first, String second, String aspect, String label) {
        var byRole = roleAnswers.sentencesByRole(passage, List.of(first, second));
        if (byRole.get(0).isEmpty() || byRole.get(1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((aspect.isEmpty() ? "" : "**" + Words.capitalised(aspect) + "**\n")
                + "- *" + roleAnswers.label(first) + ":* " + unlabelled(joined(byRole.get(0)), label) + "\n"
                + "- *" + roleAnswers.label(second) + ":* " + unlabelled(joined(byRole.get(1)), label));
    }

    private static String unlabelled(String part, String label) {
        return !label.isEmpty() && part.startsWith(label + ": ") ? part.substring(label.length() + 2) : part;
    }

    /**
     * The rows of the first table whose every row names both roles: a column each ("Education — Dental hygienist:
     * Associate degree; Dental assistant: Certificate"), as the article reads its tables. Not a table under a heading
     * on one subject ("Salary and growth"), which sets the roles side by side on that alone.
     */
    private Optional<Reply> table(String first, String second) {
        var article = roles.articleOnAll(List.of(first, second));
        if (article.isEmpty()) {
            return Optional.empty();
        }
        for (Section section : article.get().sections()) {
            if (section.level() >= 2 && headedBySubject(section)) {
                continue;
            }
            var rows = section.passages().stream().filter(p -> p.kind() == Passage.Kind.LIST_ITEM).toList();
            boolean sideBySide = rows.size() >= FEWEST_ROWS && rows.stream()
                    .allMatch(row -> roles.rolesIn(row.text()).containsAll(List.of(first, second)));
            if (sideBySide) {
                var lines = rows.stream().map(row -> "- " + row.text()).toList();
                var source = Reply.source(section, Reply.BY_STRUCTURE);
                // Under its heading, after the overviews: "**Skills at a glance**"; not the article's title.
                var heading = section.level() >= 2 ? "**" + Words.capitalised(section.heading()) + "**\n" : "";
                return Optional.of(new Reply(heading + String.join("\n", lines), List.of(source)));
            }
        }
        return Optional.empty();
    }

    /**
     * The first sentence of the article's paragraphs that names both roles and a word that tells them apart ({@code
     * told_apart}: "The difference lies in what each one is responsible for: the architect designs…, while the civil
     * engineer…"), as a reply; nothing if none does.
     */
    private Reply toldApart(String first, String second) {
        var article = roles.articleOnAll(List.of(first, second));
        for (var section : article.map(Article::sections).orElse(List.of())) {
            for (var passage : section.passages()) {
                if (passage.kind() != Passage.Kind.PARAGRAPH) {
                    continue;
                }
                for (var sentence : finder.sentences(passage)) {
                    boolean namesBoth = sentence.roles().contains(first) && sentence.roles().contains(second);
                    if (namesBoth && sentence.terms().stream().anyMatch(tellingApart::contains)) {
                        return new Reply(sentence.text(), List.of(Reply.source(section, Reply.BY_STRUCTURE)));
                    }
                }
            }
        }
        return Reply.NOTHING;
    }

    /** Whether a heading holds a word of the synonym rules, where the editors list the subjects users ask about. */
    private boolean headedBySubject(Section section) {
        return Words.of(section.heading()).stream().map(w -> Words.singular(w.text())).anyMatch(synonymWords::contains);
    }

    /**
     * Three roles or more ("CNA vs LPN vs RN"): what each does, then the aspects the sections of their article say of
     * each apart. Their differences are told two at a time only, so no section on them is looked for.
     */
    Reply ofAll(Templates.IntentTemplate overviewTemplate, List<String> compared) {
        return aspects.withOverviews(overviewTemplate, compared);
    }

    /**
     * The sentences of a paragraph that set the two roles against each other in one clause ("SREs usually spend more
     * time on call than DevOps engineers"), a difference neither role's part can hold alone: quoted whole. Not one
     * that names both to say what they share, nor one split in a clause for each ({@link #sideBySide}).
     */
    private List<PassageFinder.Sentence> comparing(Passage passage, String first, String second) {
        // A loop, not a stream: it is asked of every paragraph compared, and most hold no such sentence.
        List<PassageFinder.Sentence> found = List.of();
        for (var sentence : finder.sentences(passage)) {
            boolean comparesBoth = sentence.roles().contains(first) && sentence.roles().contains(second)
                    && subjects.compares(sentence)
                    && finder.contrasted(sentence).isEmpty();
            if (comparesBoth) {
                found = found.isEmpty() ? new ArrayList<>() : found;
                found.add(sentence);
            }
        }
        return found;
    }

    private static String joined(List<PassageFinder.Sentence> sentences) {
        return String.join(" ", sentences.stream().map(PassageFinder.Sentence::text).toList());
    }

    /** The first aspect the passage holds the word of, or says in a phrase ("work in private practices"). */
    private String aspectOf(Passage passage, List<String> aspects) {
        var terms = finder.terms(passage);
        return aspects.stream()
                .filter(a -> terms.containsAll(finder.templateTerms(a)) || phrases.says(a, passage.text()))
                .findFirst().orElse("");
    }
}

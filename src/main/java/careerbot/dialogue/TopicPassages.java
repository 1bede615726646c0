package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import careerbot.nlu.Interpreter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which of the passages a search found on a topic answers a question on it, pass by pass: one under a heading that
 * says the topic, before one that says it of a role asked, before any that says it; and for a question that asks an
 * amount, one holding a figure first.
 */
@Singleton
final class TopicPassages {

    /**
     * Words that ask: they count among a question's words, so "who does an analyst work with?" is not answered by
     * "work" alone, but a passage holds them only by chance ("an analyst who learns…"), so never counts as holding them.
     */
    private static final String QUESTION_WORDS = "who whom whose what which when where why how";
    /** Words after "how" that ask an amount, which a figure says. */
    private static final Set<String> AMOUNTS = Set.of("much", "many");
    /** Words that compare amounts ("who earns more?"), which figures side by side say best. */
    private static final Set<String> COMPARED_AMOUNTS = Set.of("more", "less", "fewer", "higher", "lower");

    private static final int REMEMBERED = 100_000;

    private final PassageFinder finder;
    private final TopicQuotes quotes;
    private final RolesNamed rolesNamed;
    private final Interpreter interpreter;
    private final QuestionHeadings questionHeadings;
    private final SiblingSections siblings;
    private final RestOfSection restOfSection;
    private final RoleCatalog roles;
    private final Set<String> questionTerms;
    /** The terms of a heading on which role suits whom (career advice's {@code heading}: "Which is right for you?"). */
    private final Set<String> advisingTerms;
    // Per section, so bounded.
    private final Cache<Section, Set<String>> headingTopicTerms = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    TopicPassages(PassageFinder finder, TopicQuotes quotes, RolesNamed rolesNamed, Interpreter interpreter,
                  AnswerWriter writer, QuestionHeadings questionHeadings, SiblingSections siblings,
                  RestOfSection restOfSection, KnowledgeBase knowledge) {
        this.finder = finder;
        this.quotes = quotes;
        this.rolesNamed = rolesNamed;
        this.interpreter = interpreter;
        this.questionHeadings = questionHeadings;
        this.siblings = siblings;
        this.restOfSection = restOfSection;
        this.roles = knowledge.roles();
        this.questionTerms = finder.indexTerms(QUESTION_WORDS);
        this.advisingTerms = finder.questionTerms(writer.templates().of(Intent.CAREER_ADVICE).findString("heading"));
    }

    /**
     * What the first passage found that says the topic says of it. "How much does a civil engineer earn?" and "who
     * earns more?" ask a figure: "civil engineers earned $95,890" under "Salary" before "Civil engineers earn slightly
     * more on average" under "Who earns more?".
     *
     * @param wanted    for each topic word, the terms the articles use for it (synonyms included)
     * @param anyWanted all of those terms
     */
    Reply first(List<KnowledgeIndex.Hit> hits, List<String> topicWords, List<Set<String>> wanted,
                Set<String> anyWanted, List<String> about, String question) {
        var withFigures = asksAnAmount(question) ? hits.stream().filter(h -> h.passage().holdsAmount()).toList()
                : List.<KnowledgeIndex.Hit>of();
        var found = withFigures.isEmpty() || withFigures.size() == hits.size() ? Reply.NOTHING
                : holding(withFigures, topicWords, wanted, anyWanted, about, question);
        if (found.isEmpty()) {
            found = holding(hits, topicWords, wanted, anyWanted, about, question);
        }
        return found.isEmpty() ? siblings.acrossHeadings(hits, wanted, about)
                .or(() -> siblings.acrossLeadIns(hits, wanted, about)) : found;
    }

    /** Whether a section is headed as the one on which role suits whom ("Which career is right for you?"). */
    boolean advises(Section section) {
        return finder.headingTerms(section).stream().anyMatch(advisingTerms::contains);
    }

    /**
     * Whether a section's heading asks a question of other roles than those asked ("Can a radiologic technologist
     * become a sonographer?" of sonographers alone).
     */
    private boolean asksOfOtherRoles(Section section, List<String> about) {
        if (about.isEmpty() || !questionHeadings.asksMoreThanItsRoles(section)) {
            return false;
        }
        var named = roles.rolesIn(section.heading());
        return !named.isEmpty() && !named.equals(about);
    }

    /** Whether a term is one of a word that asks ("who", "where"), which a passage holds only by chance. */
    boolean asks(String term) {
        return questionTerms.contains(term);
    }

    private static boolean asksAnAmount(String question) {
        var words = Words.texts(question);
        if (words.stream().anyMatch(COMPARED_AMOUNTS::contains)) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("how") && AMOUNTS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The passes below over the passages found, in turn, until one finds a passage that says the topic. */
    private Reply holding(List<KnowledgeIndex.Hit> hits, List<String> topicWords, List<Set<String>> wanted,
                          Set<String> anyWanted, List<String> about, String question) {
        // A section whose heading says the words is about them: as the question says them ("Education and licensing")
        // or as a synonym ("Salary" for "which pays more?"), before a passage that says them in passing ("their pay
        // differs"); then "degree" in a passage on degrees before a synonym of it.
        var asSaid = topicWords.stream().map(finder::indexTerms).filter(terms -> !terms.isEmpty()).toList();
        var asked = new Asked(anyWanted, asSaid.stream().flatMap(Set::stream).collect(Collectors.toSet()), about,
                question);
        var found = firstHolding(hits, asSaid, asked, underHeadings(finder::headingIndexTerms, about),
                Requiring.HEADING);
        if (found.isEmpty() && asSaid.size() > 1) {
            // Two words as said together on the role asked are a phrase ("long hours"), before a heading that holds
            // one of them and a text that holds the other by a synonym ("How long …" over "years of law school").
            found = firstHolding(hits, asSaid, asked, null, Requiring.ROLE_ASKED);
        }
        if (found.isEmpty()) {
            // Under "Education and certification", "degree" in the passage on degrees, not in the one on certificates.
            var asSaidFirst = hits.stream().sorted(Comparator.comparing(
                    h -> !asSaid.stream().allMatch(w -> w.stream().anyMatch(finder.terms(h.passage())::contains))))
                    .toList();
            found = firstHolding(asSaidFirst, wanted, asked, underHeadings(finder::headingTerms, about),
                    Requiring.HEADING);
        }
        if (!found.isEmpty()) {
            return found;
        }
        // Then what is said of a role asked, before what a passage on several says of none: "Survey technicians can
        // start with a high school diploma" before "If you like math, a long degree is worth it" for their degree.
        // Outside the advice, a heading also says the topics its way of asking implies, before the advice says the
        // words: under "How do you become a paralegal?", "Most programs take two years or less." says how long that
        // takes, not "Choose the paralegal path if you want to work in law soon, without years of school". An FAQ
        // asked of other roles comes last, as the advice does: "Can a radiologic technologist become a sonographer?"
        // is no answer on a sonographer's certificate beside "To become a sonographer, … pass an exam …".
        var ofOtherRoles = hits.stream().filter(h -> asksOfOtherRoles(h.passage().section(), about)).toList();
        var ownFirst = ofOtherRoles.isEmpty() ? hits : Stream.concat(
                hits.stream().filter(h -> !ofOtherRoles.contains(h)), ofOtherRoles.stream()).toList();
        var asides = hits.stream().filter(h -> ofOtherRoles.contains(h) || advises(h.passage().section())).toList();
        var onTheTopic = hits.stream().filter(h -> !asides.contains(h)).toList();
        for (var requiring : List.of(Requiring.ROLE_ASKED, Requiring.NOTHING)) {
            if (found.isEmpty()) {
                found = firstHolding(ownFirst, asSaid, asked, null, requiring);
            }
            if (found.isEmpty()) {
                found = firstHolding(onTheTopic, wanted, asked, underHeadings(finder::headingTerms, about), requiring);
            }
            if (found.isEmpty()) {
                found = firstHolding(onTheTopic, wanted, asked, underHeadings(this::headingTopicTerms, about),
                        requiring);
            }
            if (found.isEmpty()) {
                found = firstHolding(asides, wanted, asked, underHeadings(finder::headingTerms, about), requiring);
            }
        }
        return found;
    }

    /**
     * A heading's terms and, for a row of a table setting the roles side by side, those of its label, which heads the
     * row as a heading does a section: "Minimum education — Counselor: Master's degree" is on their education. The
     * rest of the table is quoted by the section's heading alone: "Soft skills" heads one row of those under "Skills".
     */
    private Set<String> withRowLabel(Set<String> heading, Passage passage) {
        var label = passage.cells().isEmpty() ? finder.aspectLabel(passage) : passage.label();
        return label.isEmpty() ? heading
                : Stream.concat(heading.stream(), finder.indexTerms(label.get()).stream()).collect(Collectors.toSet());
    }

    /**
     * The terms of a section's heading and, when it names a role asked, of the headings it stands under (the title's
     * aside): under "Pros and cons", the list headed "Lawyer" is on both.
     */
    Function<Section, Set<String>> underHeadings(Function<Section, Set<String>> termsOf, List<String> about) {
        return section -> {
            var terms = termsOf.apply(section);
            if (!rolesNamed.inHeading(section, about)) {
                return terms;
            }
            for (var above = section.parent(); above != null && above.level() >= 2; above = above.parent()) {
                terms = Stream.concat(terms.stream(), termsOf.apply(above).stream()).collect(Collectors.toSet());
            }
            return terms;
        };
    }

    /**
     * The terms of a section's heading, synonyms included, and of the topics its way of asking implies, as a
     * question's would: "How do you become a paralegal?" is on education.
     */
    private Set<String> headingTopicTerms(Section section) {
        return headingTopicTerms.get(section, s -> {
            var implied = interpreter.lists().topicsImpliedBy(Words.singulars(Words.of(s.heading())));
            if (implied.isEmpty()) {
                return finder.headingTerms(s);
            }
            var terms = new HashSet<>(finder.headingTerms(s));
            implied.forEach(topic -> terms.addAll(finder.wordTerms(topic)));
            return Set.copyOf(terms);
        });
    }

    /**
     * A topic asked about: its terms, synonyms included, which sentences are quoted for; those of its words as said,
     * which a sentence holding them comes first for; the roles it is asked of; and the question, which may ask the
     * outlook too.
     */
    private record Asked(Set<String> terms, Set<String> asSaid, List<String> about, String question) { }

    /** What a passage holding the words must have besides, in a pass of {@link #firstHolding}. */
    private enum Requiring { HEADING, ROLE_ASKED, NOTHING }

    /**
     * The sentences of the first passage that holds, for each topic word, one of its terms: those that hold any term
     * of the topic or, when some stand only in its heading or none on the roles asked about holds them there, its
     * first ones. A passage picked for a word as said ("certifications") may say it of the role asked about in a
     * synonym ("HR generalists earn the … Certified Professional credential").
     *
     * @param wanted         for each topic word, the terms that count for it in this pass
     * @param headingTermsOf the terms of a heading that count, or null when headings don't
     * @param requiring      what else a passage must have: a heading holding one of the words, or (when roles are
     *                       asked about) one of them named in what is quoted or in its heading
     */
    private Reply firstHolding(List<KnowledgeIndex.Hit> hits, List<Set<String>> wanted, Asked asked,
                               Function<Section, Set<String>> headingTermsOf, Requiring requiring) {
        var about = asked.about();
        for (var hit : hits) {
            var held = finder.terms(hit.passage());
            // "Where" names the workplace in a heading ("Where they work"), not in "a dashboard that shows where
            // delays happen".
            Predicate<String> inText = t -> held.contains(t) && !questionTerms.contains(t);
            var heading = headingTermsOf == null ? Set.<String>of() : headingTermsOf.apply(hit.passage().section());
            var headedBy = headingTermsOf == null ? heading : withRowLabel(heading, hit.passage());
            boolean headed = wanted.stream().anyMatch(w -> w.stream().anyMatch(headedBy::contains));
            if (requiring == Requiring.HEADING && !headed) {
                continue;
            }
            Reply found = Reply.NOTHING;
            if (wanted.stream().allMatch(w -> w.stream().anyMatch(inText))) {
                found = quotes.withItems(quotes.sentencesWith(asked.terms(), asked.asSaid(), about, hit, headed),
                        hit.passage(), asked.terms(), asked.asSaid(), about, heading);
            }
            // Under "Key skills", the sentence on the role asked about may not repeat the word ("… need Python"), and
            // an item of a list under "Skills" is one of several that answer together.
            if (found.isEmpty() && headed && wanted.stream().allMatch(
                    w -> w.stream().anyMatch(t -> inText.test(t) || headedBy.contains(t)))) {
                found = hit.passage().kind() == Passage.Kind.LIST_ITEM ? quotes.listAbout(about, asked.terms(), hit)
                        : quotes.sentencesAbout(about, asked.terms(), hit, asked.question());
            }
            if (found.isEmpty() && requiring == Requiring.HEADING
                    && wanted.stream().allMatch(w -> w.stream().anyMatch(headedBy::contains))
                    && finder.headingRoles(hit.passage().section()).stream().anyMatch(about::contains)) {
                // "Network engineer vs. network administrator: Salary" is the article's word on the role's pay, though
                // its sentences name the jobs its figures count ("computer network architects"): as written. Not "Do
                // I need a degree to become a paralegal?" for how long that takes.
                found = Reply.asWritten(hit.passage().section());
            }
            if (headed && !found.isEmpty()) {
                // Under "Pay and outlook", the row of a table on the role ("Median pay — Pharmacist: $136,030")
                // beside "Pharmacists earn more than three times what technicians earn".
                found = restOfSection.withRestOfSection(found, hit.passage(), asked.terms(), asked.asSaid(), about);
                // Under "Pros and cons", "### Cons of being an interpreter" beside "### Pros of being an interpreter".
                found = siblings.withTheRest(found, hit.passage(), wanted, about);
            }
            if (!found.isEmpty() && (requiring != Requiring.ROLE_ASKED || about.isEmpty()
                    || rolesNamed.saysWhose(found, hit.passage(), about))) {
                return found;
            }
        }
        return Reply.NOTHING;
    }
}

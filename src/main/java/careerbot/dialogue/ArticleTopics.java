package careerbot.dialogue;

import careerbot.knowledge.EnglishAnalysis;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.Role;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles' sections as topics: what else the articles on the roles talked about cover, told one at a time for
 * "tell me more" once what the roles do, their responsibilities, examples and differences are told, with the rest
 * listed by heading; and a section asked for by its heading ("Where they work"), as those suggestions send it.
 */
@Singleton
final class ArticleTopics {

    /** Sections still to tell listed after one: more would be a wall of headings. */
    private static final int MOST_TOPICS = 8;

    private final RoleCatalog roles;
    private final AnswerWriter writer;
    private final QuestionHeadings questionHeadings;
    /** Sections by their heading's words: what a message that is a heading asks for. */
    private final Map<String, List<Section>> byHeading = new HashMap<>();
    /** The first words of those headings: a message whose topic words hold none asks for no heading. */
    private final Set<String> firstWords = new HashSet<>();
    /** Whether there are several articles, whose roles "they" may stand for. */
    private final boolean several;

    ArticleTopics(KnowledgeBase knowledge, AnswerWriter writer, QuestionHeadings questionHeadings) {
        this.roles = knowledge.roles();
        this.writer = writer;
        this.questionHeadings = questionHeadings;
        this.several = knowledge.articles().size() > 1;
        // A heading that asks ("Which path should you choose?") is a question the intents answer as they would its
        // other phrasings. Whether a heading names a role is asked of the few a message matches, not of every heading
        // of a large knowledge base at start-up.
        for (var article : knowledge.articles()) {
            article.sections().stream().filter(s -> s.level() > 1 && !s.heading().endsWith("?"))
                    .forEach(s -> byHeading.computeIfAbsent(wordsOf(s.heading()), k -> new ArrayList<>()).add(s));
        }
        byHeading.remove(""); // a heading of small words only ("Then") would match every message of them
        for (var heading : byHeading.keySet()) {
            firstWords.add(heading.split(" ", 2)[0]);
        }
    }

    /**
     * Whether a passage says something of the role and something of another, each in turn: "Junior event planners
     * earn… Wedding planners usually charge…".
     */
    private boolean saysInTurn(Passage passage, String role) {
        var named = roles.rolesIn(passage.text());
        return named.contains(role) && named.size() > 1;
    }

    /**
     * What a section says, for a message that is its heading ("Skills you need", "Where they work": a heading offered
     * as a suggestion, or copied from the article) or asks for it ("tell me about skills you need"), whatever the
     * model makes of its words: the section of that heading in the article on the roles asked or talked about, or the
     * only one.
     */
    Optional<Answer> headed(AnswerComposer.Question q, List<String> talkedAbout) {
        var sections = byHeading.getOrDefault(wordsOf(q.text()), List.of());
        var u = q.understanding();
        if (sections.isEmpty() && u.roles().isEmpty() && u.topicWords().stream().anyMatch(firstWords::contains)) {
            // "Tell me about education and licensing", "… pay and job outlook" (whose last words ask as well): the
            // heading asked for in asking words.
            var spans = topicSpans(q.text(), u.topicWords());
            sections = byHeading.getOrDefault(spans.get(0), byHeading.getOrDefault(spans.get(1), List.of()));
        }
        if (sections.isEmpty()) {
            return Optional.empty(); // most messages
        }
        // The model may take "Final thoughts" for a goodbye, which keeps no roles: those talked about still count.
        var about = q.roles().isEmpty() ? talkedAbout : q.roles();
        if (about.isEmpty() && u.ofRolesTalkedAbout() && several) {
            return Optional.empty(); // "what education do they need?" before any role: which are "they"?
        }
        // "The UX designer role" is what the role does, which the intents answer; "### Education" under
        // "## Statistician" is no answer on an actuary's.
        var section = sections.stream().filter(s -> roles.rolesIn(s.heading()).isEmpty())
                .filter(s -> about.isEmpty() || roles.articleOf(about.get(0)).filter(s.article()::equals).isPresent())
                .filter(s -> !isUnderOtherRoles(s, about))
                .toList();
        if (section.size() != 1) {
            return Optional.empty(); // "Final thoughts" of which article?
        }
        if (about.size() == 1 && section.get(0).passages().stream().anyMatch(p -> saysInTurn(p, about.get(0)))) {
            // "What about their pay?" of wedding planners, under "Pay" on event planners too: what the section says of
            // them, as the answers on a topic quote it.
            return Optional.empty();
        }
        var reply = Reply.asWritten(section.get(0), about);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        var values = writer.values(about);
        var definition = writer.templates().of(Intent.CONCEPT_DEFINITION);
        var heading = section.get(0).heading();
        if (!definition.withoutCueWords(q.text()).equals(definition.withoutCueWords(heading))) {
            var answering = new AnswerComposer.Question(u.guess(), about, u, q.text(), q.turn());
            return Optional.of(writer.matched(answering, u.guess(), reply, values));
        }
        // "What is scope of practice?" asks for nothing but the heading: its section, as the term defined.
        values.put("term", heading);
        writer.putRetrieved(values, reply);
        var defining = new AnswerComposer.Question(Intent.CONCEPT_DEFINITION, about, u, q.text(), q.turn());
        return Optional.of(writer.answer(defining, Templates.pick(definition.replies(), q.turn()), reply.sources(),
                values).about(u.topicWords()));
    }

    /**
     * The words of a message from its first topic word to its end, and to its last topic word: "pay and job outlook",
     * "training" of "tell me about training please".
     */
    private static List<String> topicSpans(String text, List<String> topicWords) {
        var words = Words.texts(text);
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (topicWords.contains(words.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? List.of("", "") : List.of(String.join(" ", words.subList(first, words.size())),
                String.join(" ", words.subList(first, last + 1)));
    }

    /** The words of a heading or message, as compared: from the first that isn't a stop word ("a day in the life"). */
    private static String wordsOf(String text) {
        return Words.of(text).stream().map(Words.Word::text).dropWhile(EnglishAnalysis.STOP_WORDS::contains)
                .collect(Collectors.joining(" "));
    }

    /**
     * "Tell me more" once the roles' own answers are told: the next of their articles' other sections, after the one
     * told last if the conversation's topic is its heading, with the sections still to tell listed
     * ({@code more_topics}, or {@code last_topic} for the last one); none when all are told.
     *
     * @param told      headings of the sections the roles' own answers tell, which are not topics
     * @param lastTopic the conversation's topic: the words of the heading of the section told last, if it was one
     * @param keeping   the intent the answer is given under: the last one, so that "tell me more" goes on from there
     */
    Optional<Answer> next(AnswerComposer.Question q, Set<String> told, List<String> lastTopic, Intent keeping) {
        // The article on all of them, when one is ("scrum master vs. product owner"), not also the first on one of them.
        var articles = roles.articleOnAll(q.roles()).map(List::of).orElseGet(() -> q.roles().stream()
                .map(roles::articleOf).flatMap(Optional::stream).distinct().toList());
        var topics = articles.stream().flatMap(article -> article.sections().stream())
                .filter(ArticleTopics::isTopLevel).filter(this::isOwnTopic)
                // "Frequently asked questions" heads its questions, which are the topics.
                .flatMap(section -> section.passages().isEmpty()
                        ? section.children().stream().filter(this::isOwnTopic) : Stream.of(section))
                .filter(section -> !section.passages().isEmpty() && !told.contains(section.heading()))
                .toList();
        int after = 0;
        for (int i = 0; i < topics.size(); i++) {
            after = headingWords(topics.get(i)).equals(lastTopic) ? i + 1 : after;
        }
        if (after >= topics.size()) {
            return Optional.empty();
        }
        var section = topics.get(after);
        var reply = Reply.asWritten(section);
        var rest = topics.subList(after + 1, topics.size()).stream().map(Section::heading).limit(MOST_TOPICS).toList();
        var values = writer.values(articles.stream().flatMap(a -> a.roles().stream()).map(Role::name).toList());
        writer.putRetrieved(values, reply);
        values.put("heading", section.heading());
        values.put("topics", rest.stream().map(h -> "- " + h).collect(Collectors.joining("\n")));
        var frame = writer.templates().reply(rest.isEmpty() ? "last_topic" : "more_topics", q.turn());
        var answering = new AnswerComposer.Question(keeping, q.roles(), q.understanding(), q.text(), q.turn());
        var answer = writer.answer(answering, frame, reply.sources(), values);
        // The headings still to tell are questions to ask: the first few are offered as such.
        return Optional.of(new Answer(answer.text(), answer.intent(), answer.confidence(), answer.roles(),
                answer.sources(), rest.stream().limit(answer.suggestions().size()).toList(), headingWords(section)));
    }

    /** A heading's words but the small ones, as a conversation's topic: "Skills you need" → skills, need. */
    private static List<String> headingWords(Section section) {
        return Words.of(section.heading()).stream().map(Words.Word::text)
                .filter(w -> !EnglishAnalysis.STOP_WORDS.contains(w)).toList();
    }

    /**
     * A section on something else than what a role does: "Salary", "How to become an EMT"; not "Dental hygienist" nor
     * "The UX designer role", told already.
     */
    private boolean isOwnTopic(Section section) {
        return roles.rolesIn(section.heading()).isEmpty() || questionHeadings.asksMoreThanItsRoles(section);
    }

    /** Whether the nearest heading above the section that names roles names none of those asked about. */
    private boolean isUnderOtherRoles(Section section, List<String> about) {
        for (var above = section.parent(); above != null && above.level() > 1; above = above.parent()) {
            var named = roles.rolesIn(above.heading());
            if (!named.isEmpty()) {
                return !about.isEmpty() && named.stream().noneMatch(about::contains);
            }
        }
        return false;
    }

    /** A section right under the article's title, or a first-level one of an article without a title heading. */
    private static boolean isTopLevel(Section section) {
        var parent = section.parent();
        return parent == null ? section.level() > 1 : parent.parent() == null && parent.level() == 1;
    }
}

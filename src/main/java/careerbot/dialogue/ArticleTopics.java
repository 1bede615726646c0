package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles' sections as topics: what else the articles on the roles talked about cover, listed by heading for
 * "tell me more" once what the roles do, their responsibilities, examples and differences are told; and a section
 * asked for by its heading ("Where they work"), as those suggestions send it.
 */
@Singleton
final class ArticleTopics {

    private static final int MOST_TOPICS = 8;
    /** A section asked for by its heading is quoted up to this many paragraphs: one on both roles, one on each. */
    private static final int SECTION_PARAGRAPHS = 3;
    /** A single heading left ("Final thoughts") is no list of topics: what the bot can do tells more. */
    private static final int FEWEST_TOPICS = 2;

    private final RoleCatalog roles;
    private final AnswerWriter writer;
    private final QuestionHeadings questionHeadings;
    /** Sections by their heading's words: what a message that is a heading asks for. */
    private final Map<String, List<Section>> byHeading = new HashMap<>();

    ArticleTopics(KnowledgeBase knowledge, AnswerWriter writer, QuestionHeadings questionHeadings) {
        this.roles = knowledge.roles();
        this.writer = writer;
        this.questionHeadings = questionHeadings;
        // A heading that asks ("Which path should you choose?") is a question the intents answer as they would its
        // other phrasings. Whether a heading names a role is asked of the few a message matches, not of every heading
        // of a large knowledge base at start-up.
        for (var article : knowledge.articles()) {
            article.sections().stream().filter(s -> s.level() > 1 && !s.heading().endsWith("?"))
                    .forEach(s -> byHeading.computeIfAbsent(wordsOf(s.heading()), k -> new ArrayList<>()).add(s));
        }
    }

    /**
     * What a section says, for a message that is its heading ("Skills you need", "Where they work": a heading offered
     * as a suggestion, or copied from the article), whatever the model makes of its words: the section of that heading
     * in the article on the roles asked or talked about, or the only one.
     */
    Optional<Answer> headed(AnswerComposer.Question q, List<String> talkedAbout) {
        var sections = byHeading.getOrDefault(wordsOf(q.text()), List.of());
        if (sections.isEmpty()) {
            return Optional.empty(); // most messages
        }
        // The model may take "Final thoughts" for a goodbye, which keeps no roles: those talked about still count.
        var about = q.roles().isEmpty() ? talkedAbout : q.roles();
        // "The UX designer role" is what the role does, which the intents answer.
        var section = sections.stream().filter(s -> roles.rolesIn(s.heading()).isEmpty())
                .filter(s -> about.isEmpty() || roles.articleOf(about.get(0)).filter(s.article()::equals).isPresent())
                .toList();
        if (section.size() != 1) {
            return Optional.empty(); // "Final thoughts" of which article?
        }
        var reply = RoleAnswers.paragraphs(section.get(0), Reply.BY_STRUCTURE, SECTION_PARAGRAPHS);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        var values = writer.values(about);
        writer.putRetrieved(values, reply);
        var answering = new AnswerComposer.Question(q.understanding().guess(), about, q.understanding(), q.text(),
                q.turn());
        return Optional.of(writer.answer(answering, writer.templates().reply("best_match", q.turn()), reply.sources(),
                values).about(q.understanding().topicWords()));
    }

    private static String wordsOf(String text) {
        return Words.of(text).stream().map(Words.Word::text).collect(Collectors.joining(" "));
    }

    /**
     * The reply listing them ({@code more_topics}), or none when the articles have no other section.
     *
     * @param told headings of the sections already told of, which are not listed
     */
    Optional<Answer> of(AnswerComposer.Question q, Set<String> told) {
        var headings = q.roles().stream().map(roles::articleOf).flatMap(Optional::stream).distinct()
                .flatMap(article -> article.sections().stream())
                .filter(ArticleTopics::isTopLevel).filter(this::isOwnTopic)
                // "Frequently asked questions" heads its questions, which are the topics.
                .flatMap(section -> section.passages().isEmpty()
                        ? section.children().stream().filter(this::isOwnTopic) : Stream.of(section))
                .filter(section -> !section.passages().isEmpty())
                .map(Section::heading).filter(heading -> !told.contains(heading))
                .distinct().limit(MOST_TOPICS).toList();
        if (headings.size() < FEWEST_TOPICS) {
            return Optional.empty();
        }
        var values = writer.values(q.roles());
        writer.putRetrieved(values, new Reply(headings.stream().map(h -> "- " + h).collect(Collectors.joining("\n")),
                List.of()));
        var listed = writer.answer(q, writer.templates().reply("more_topics", q.turn()), List.of(), values);
        // Each heading is a question to ask: the first few are offered as such.
        return Optional.of(new Answer(listed.text(), listed.intent(), listed.confidence(), listed.roles(),
                listed.sources(), headings.stream().limit(listed.suggestions().size()).toList(), listed.topic()));
    }

    /**
     * A section on something else than what a role does: "Salary", "How to become an EMT"; not "Dental hygienist" nor
     * "The UX designer role", told already.
     */
    private boolean isOwnTopic(Section section) {
        return roles.rolesIn(section.heading()).isEmpty() || questionHeadings.asksMoreThanItsRoles(section);
    }

    /** A section right under the article's title, or a first-level one of an article without a title heading. */
    private static boolean isTopLevel(Section section) {
        var parent = section.parent();
        return parent == null ? section.level() > 1 : parent.parent() == null && parent.level() == 1;
    }
}

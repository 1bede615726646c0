package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Whether one role works with or for another ("do product marketing managers work with product managers?"): the
 * sentences of the first's article that name both with a phrase of the same topic ({@code topic_phrases} in
 * {@code templates.yml}: "work closely with", "work for"); nothing when no sentence says it, and the question is
 * answered as any other.
 */
@Singleton
final class RolesTogether {

    private static final int MOST_SENTENCES = 2;

    private final ArticleSentences sentences;
    private final AnswerWriter writer;
    private final RoleCatalog roles;
    private final Templates.IntentTemplate overview;
    /** The phrases of each topic that says one thing is with or for another. */
    private final List<List<List<String>>> phrasesByTopic;

    RolesTogether(ArticleSentences sentences, AnswerWriter writer, KnowledgeBase knowledge) {
        this.sentences = sentences;
        this.writer = writer;
        this.roles = knowledge.roles();
        this.overview = writer.templates().of(Intent.ROLE_OVERVIEW);
        this.phrasesByTopic = writer.templates().topicPhrases().values().stream().map(Templates.Phrasing::said)
                .toList();
    }

    Optional<Answer> answer(AnswerComposer.Question q) {
        if (q.roles().size() != 2 || !overview.asksYesOrNo(q.text())) {
            return Optional.empty(); // most questions: no roles looked for again
        }
        var words = Words.of(q.text());
        var mentions = roles.mentions(q.text(), words).stream().filter(m -> q.roles().contains(m.role())).toList();
        if (mentions.size() != 2) {
            return Optional.empty();
        }
        var between = words.stream()
                .filter(w -> w.start() >= mentions.get(0).end() && w.end() <= mentions.get(1).start())
                .map(Words.Word::text).toList();
        var topic = phrasesByTopic.stream().filter(phrases -> saysAny(between, phrases)).findFirst();
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        String first = mentions.get(0).role();
        String second = mentions.get(1).role();
        var found = sentences.picked(first, sentence -> sentence.roles().contains(first)
                && sentence.roles().contains(second) && saysAny(Words.texts(sentence.text()), topic.get()),
                MOST_SENTENCES);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(writer.sentencesFound(q, found, writer.values(q.roles())));
    }

    /** Whether the words hold one of the phrases, word for word. */
    private static boolean saysAny(List<String> words, List<List<String>> phrases) {
        return phrases.stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0);
    }
}

package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.KnowledgeIndex;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a term means ("what is a product backlog?", "what is the NREMT?"): the articles' sentence that says it. */
@Singleton
final class TermDefinitions {

    private final AnswerWriter writer;
    private final TopicAnswers topicAnswers;
    private final KnowledgeIndex index;
    private final Templates.IntentTemplate template;

    TermDefinitions(AnswerWriter writer, TopicAnswers topicAnswers, KnowledgeBase knowledge) {
        this.writer = writer;
        this.topicAnswers = topicAnswers;
        this.index = knowledge.index();
        this.template = writer.templates().of(Intent.CONCEPT_DEFINITION);
    }

    /**
     * The definition of what a question asks whose words are all cue words of definitions and topic words, whatever
     * intent the model took it for ("what is a dashboard?" may read to it like a question about a role).
     */
    Optional<Answer> termAsked(AnswerComposer.Question q, Map<String, String> values) {
        String asked = template.withoutCueWords(q.text());
        // Numbers aside ("what is series 7?"), which are never topic words.
        boolean onlyTopic = Arrays.stream(asked.split(" ")).filter(w -> w.chars().anyMatch(Character::isLetter))
                .allMatch(q.understanding().topicWords()::contains);
        var definition = asked.isBlank() || !onlyTopic ? Reply.NOTHING : of(asked, q.text(), values);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        var defining = new AnswerComposer.Question(Intent.CONCEPT_DEFINITION, q.roles(), q.understanding(), q.text(),
                q.turn());
        writer.putRetrieved(values, definition);
        var answer = writer.answer(defining, Templates.pick(template.replies(), q.turn()), definition.sources(), values);
        return Optional.of(answer.about(List.of(asked.split("[ -]"))));
    }

    /** The sentence defining a term, and the term as the reply's title ({@code {term}}) written as asked. */
    Reply of(String term, String question, Map<String, String> values) {
        String written = AnswerWriter.asWritten(term, question);
        // "What is the cfa?": titled as the articles write it, "CFA".
        boolean acronym = !written.isBlank() && !written.contains(" ") && index.writesInCapitals(written);
        values.put("term", acronym ? written.toUpperCase(Locale.ROOT) : Words.capitalised(written));
        return term.isBlank() ? Reply.NOTHING : topicAnswers.definition(term);
    }
}

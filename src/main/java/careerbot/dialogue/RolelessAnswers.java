package careerbot.dialogue;

import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * A question its intent answers only of roles, that names none and follows none talked about ("what does it
 * involve?"): what else it may ask, else which role it means.
 */
@Singleton
final class RolelessAnswers {

    private final AnswerWriter writer;
    private final Templates templates;
    private final TermDefinitions definitions;
    private final TopicAnswers topicAnswers;
    private final AdviceAnswers adviceAnswers;

    RolelessAnswers(AnswerWriter writer, TermDefinitions definitions, TopicAnswers topicAnswers,
                    AdviceAnswers adviceAnswers) {
        this.writer = writer;
        this.templates = writer.templates();
        this.definitions = definitions;
        this.topicAnswers = topicAnswers;
        this.adviceAnswers = adviceAnswers;
    }

    Answer answer(AnswerComposer.Question q, Map<String, String> values) {
        var u = q.understanding();
        var advising = templates.of(Intent.CAREER_ADVICE);
        // "What is a dashboard?" names no role, yet reads to the model like a question about one: a term to define;
        // not "I like design systems", which says what the user likes.
        String term = advising.saysWhatTheUserLikes(q.text()) ? "" : definitions.termOnlyAsked(q);
        var defined = definitions.termDefined(q, term, values);
        if (defined.isPresent()) {
            return defined.get();
        }
        if (!term.isEmpty() && !u.asksWhichRole()) {
            // "What is a field school?", which no article defines: where one speaks of it, not which role is meant.
            var match = topicAnswers.bestMatch(q.text(), u.topicWords(), false, List.of());
            if (!match.isEmpty()) {
                return writer.matched(q, Intent.CONCEPT_DEFINITION, match, values);
            }
        }
        if (u.asksWhichRole()) {
            // "Who manages the backlog?" names no role because it asks which: the passage that says it answers.
            var match = topicAnswers.bestMatch(q.text(), u.topicWords(), true, List.of());
            if (!match.isEmpty()) {
                return writer.matched(q, u.guess(), match, values);
            }
        }
        if (advising.speaksOfTheUser(q.text())) {
            // "I want to design buildings" names no role and speaks of the user: which role suits them.
            return adviceAnswers.answer(new AnswerComposer.Question(Intent.CAREER_ADVICE, q.roles(), u, q.text(),
                    q.turn()), values);
        }
        var help = templates.of(Intent.HELP);
        if (q.intent().isAboutRoles() && q.intent() != Intent.ROLE_COMPARISON && u.topicWords().isEmpty()
                && help.asksWhichRolesAreCovered(q.text())) {
            // "What roles do you know?" asks for no role's part but for the list of them, which help gives; "how do
            // the two roles differ?" asks which two.
            var helping = new AnswerComposer.Question(Intent.HELP, q.roles(), u, q.text(), q.turn());
            return writer.answer(helping, Templates.pick(help.replies(), q.turn()), List.of(), values);
        }
        return writer.answer(q, templates.reply("which_role", q.turn()), List.of(), values);
    }
}

package careerbot.dialogue;

import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

/**
 * Whether a message asks which role suits the user, whatever intent the model took it for: it says what the user
 * likes, or would rather not do, in the articles' words or not ("I'm good at listening").
 */
@Singleton
final class AdviceAsked {

    /**
     * The model's confidence under which a greeting, a thanks or a goodbye that speaks of the user in the articles'
     * words may be telling what they like ("I'm good at negotiating": 0.65) rather than taking leave ("I'm off to my
     * shift, bye": 0.99).
     */
    private static final double SMALL_TALK_LEANING = 0.75;

    private final Templates.IntentTemplate advising;
    private final TopicAnswers topicAnswers;
    private final QuestionHeadings questionHeadings;

    AdviceAsked(AnswerWriter writer, TopicAnswers topicAnswers, QuestionHeadings questionHeadings) {
        this.advising = writer.templates().of(Intent.CAREER_ADVICE);
        this.topicAnswers = topicAnswers;
        this.questionHeadings = questionHeadings;
    }

    boolean in(AnswerComposer.Question q) {
        var u = q.understanding();
        // "I'm good at negotiating" may read to the model a little like "good bye"; "I'm good, thanks" says nothing
        // liked.
        boolean smallTalkOfTheUser = q.intent().isSmallTalk() && q.intent() != Intent.HELP
                && u.confidence() < SMALL_TALK_LEANING && advising.speaksOfTheUser(q.text())
                && (topicAnswers.saidSomewhere(u.topicWords())
                    || (!u.topicWords().isEmpty() && advising.saysWhatTheUserLikes(q.text())));
        // "I enjoy market research" like a term to define, or as out of scope.
        boolean likingATerm = (q.intent() == Intent.CONCEPT_DEFINITION || q.intent() == Intent.OUT_OF_SCOPE)
                && advising.saysWhatTheUserLikes(q.text());
        // "I want a fast pace, sonographer or radiographer?", "I hate working outdoors, welder or machinist?" may read
        // to the model like questions on both roles, or on neither: which of them suits the user.
        boolean choosing = u.roles().size() == 2 && q.intent() != Intent.CAREER_ADVICE
                && advising.speaksOfTheUser(q.text()) && advising.saysLikesOrDislikes(q.text())
                && questionHeadings.namesSideBySide(q.text());
        // "I hate leading people", "I don't like talking to users": out of scope to the model, which leans to advice
        // of what answers, and the message starts with the user and says what they would rather not do, which no
        // passage matched by its words tells ("If you enjoy talking to users, UX design may suit you" says the
        // opposite).
        boolean leansToAdvice = q.intent() == Intent.OUT_OF_SCOPE && u.guess() == Intent.CAREER_ADVICE
                && advising.speaksOfTheUser(q.text()) && !advising.likings(q.text()).disliked().isEmpty();
        return smallTalkOfTheUser || likingATerm || choosing || leansToAdvice;
    }
}

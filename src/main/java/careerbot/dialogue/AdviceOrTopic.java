package careerbot.dialogue;

import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * A question the model took for career advice, which may ask a topic rather than which role suits the user: what the
 * articles say on the topic if they say anything, else advice.
 */
@Singleton
final class AdviceOrTopic {

    private final AnswerWriter writer;
    private final Templates templates;
    private final TopicAnswers topicAnswers;
    private final TopicOfOneRole topicOfOneRole;
    private final JobOutlook jobOutlook;
    private final AdviceAnswers adviceAnswers;

    AdviceOrTopic(AnswerWriter writer, TopicAnswers topicAnswers, TopicOfOneRole topicOfOneRole, JobOutlook jobOutlook,
                  AdviceAnswers adviceAnswers) {
        this.writer = writer;
        this.templates = writer.templates();
        this.topicAnswers = topicAnswers;
        this.topicOfOneRole = topicOfOneRole;
        this.jobOutlook = jobOutlook;
        this.adviceAnswers = adviceAnswers;
    }

    Answer answer(AnswerComposer.Question q, Map<String, String> values) {
        var u = q.understanding();
        var advising = templates.of(Intent.CAREER_ADVICE);
        // "What should be in a UX portfolio?", "which job has better pay?", "PT or OT, which is better paid?" say
        // nothing of the user, and "which programming languages should I learn?" nothing the user likes: what the
        // articles say on it, if anything.
        boolean onATopic = !advising.hasOnlyCueWords(u.topicWords())
                && (!advising.mentionsTheUser(q.text()) || !advising.saysLikesOrDislikes(q.text()));
        // "What specialties can NPs choose?": "choose" asks for advice, which the passage on the topic needn't say.
        var topic = advising.withoutCueWords(u.topicWords());
        var onTopic = onATopic ? topicAnswers.onTopic(new AnswerComposer.Question(q.intent(), q.roles(),
                u.about(topic), q.text(), q.turn())) : Reply.NOTHING;
        var outlookTemplate = templates.of(Intent.JOB_OUTLOOK);
        var outlook = onTopic.isEmpty() && onATopic && !q.roles().isEmpty()
                && jobOutlook.isAllAsked(outlookTemplate, topic)
                ? jobOutlook.of(outlookTemplate, q.roles()) : Reply.NOTHING;
        if (!outlook.isEmpty()) {
            return writer.matched(q, Intent.JOB_OUTLOOK, outlook, values); // "which one has better prospects?"
        }
        if (onTopic.isEmpty() && onATopic && topicOfOneRole.asksTopicAlone(q)) {
            return topicOfOneRole.notCovered(q); // "sonographer skills" asks no advice
        }
        return onTopic.isEmpty() ? adviceAnswers.answer(q, values) : writer.matched(q, u.guess(), onTopic, values);
    }
}

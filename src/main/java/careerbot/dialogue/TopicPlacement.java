package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.List;

/** Where a question's topic words stand beside the role it names, which tells what it asks of the role. */
@Singleton
final class TopicPlacement {

    /** Said before a role, it asks nothing of its own: "pros and cons of being a paralegal". */
    private static final String BEING = "being";

    private final RoleCatalog roles;

    TopicPlacement(KnowledgeBase knowledge) {
        this.roles = knowledge.roles();
    }

    /**
     * Whether a topic word comes before the role: "what skills does a PO need?", not "what does a PO do in a sprint".
     */
    boolean asksTopicFirst(String question, List<String> topicWords) {
        var mentions = roles.mentions(question);
        return !mentions.isEmpty() && Words.of(question.substring(0, mentions.get(0).start())).stream()
                .anyMatch(w -> topicWords.contains(w.text()));
    }

    /**
     * Whether a topic word follows the last role named: what the question asks of it, the role doing it ("what do
     * systems analysts test?"); not "what does a PO do?", whose "do" is no topic.
     */
    boolean asksTopicAfterRole(String question, List<String> topicWords) {
        var mentions = roles.mentions(question);
        if (mentions.isEmpty()) {
            return false;
        }
        var after = Words.of(question.substring(mentions.get(mentions.size() - 1).end()));
        return !after.isEmpty() && topicWords.contains(after.get(0).text());
    }

    /**
     * Whether the question says nothing but roles and topic words: "lawyer education", "paralegal pros and cons",
     * "pros and cons of being a paralegal".
     */
    boolean asksTopicAlone(String question, List<String> topicWords) {
        return !topicWords.isEmpty() && Words.texts(roles.withoutMentions(question)).stream()
                .allMatch(w -> topicWords.contains(w) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)
                        || w.equals(BEING));
    }
}

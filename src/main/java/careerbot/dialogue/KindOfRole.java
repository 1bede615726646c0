package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A kind of a role, named by a word or two before the role's name and nothing else asked of it ("what is a physical
 * oceanographer?", "what does a live sound engineer do?"): the sentences of its article that write them together
 * ("Physical oceanographers model how water moves…"), before any that holds the word in another sense ("If you prefer
 * physics…").
 */
@Singleton
final class KindOfRole {

    /** Words before a role's name that may make a kind of it: "geological", "executive pastry". */
    private static final int MOST_WORDS = 2;
    private static final int MOST_SENTENCES = 2;

    private final ArticleSentences sentences;
    private final RoleCatalog roles;

    KindOfRole(ArticleSentences sentences, KnowledgeBase knowledge) {
        this.sentences = sentences;
        this.roles = knowledge.roles();
    }

    /** The sentences on the kind of the one role asked, if the question asks of one and its article writes it. */
    Reply of(AnswerComposer.Question q) {
        var topicWords = q.understanding().topicWords();
        if (q.roles().size() != 1 || topicWords.isEmpty() || topicWords.size() > MOST_WORDS) {
            return Reply.NOTHING;
        }
        var words = Words.of(q.text());
        var mentions = roles.mentions(q.text(), words);
        if (mentions.size() != 1) {
            return Reply.NOTHING;
        }
        var before = words.stream().filter(w -> w.end() <= mentions.get(0).start()).map(Words.Word::text).toList();
        var kind = before.subList(Math.max(0, before.size() - topicWords.size()), before.size());
        if (!kind.equals(topicWords)) {
            return Reply.NOTHING; // "how much do welders earn?": no word before the role's name
        }
        String role = q.roles().get(0);
        return sentences.picked(role, sentence -> sentence.roles().contains(role)
                && writesKind(sentence.text(), kind, role), MOST_SENTENCES);
    }

    /** Whether a sentence writes the kind's words right before a mention of the role. */
    private boolean writesKind(String sentence, List<String> kind, String role) {
        var words = Words.of(sentence);
        for (var mention : roles.mentions(sentence, words)) {
            var before = words.stream().filter(w -> w.end() <= mention.start()).map(Words.Word::text).toList();
            if (mention.role().equals(role) && before.size() >= kind.size()
                    && before.subList(before.size() - kind.size(), before.size()).equals(kind)) {
                return true;
            }
        }
        return false;
    }
}

package careerbot.nlu;

import careerbot.knowledge.WordIndex;
import careerbot.knowledge.Words;

import java.util.List;
import java.util.function.Predicate;

/**
 * Ways of asking that say what a question is about without naming it ({@code implied_topics} in intents.yml): "how
 * much does a PO make?" asks about the salary. A word of one may be typed a letter off ("how mutch do nannies
 * make?") when neither the examples nor the articles use the word as typed.
 */
final class ImpliedTopics {

    private final List<TrainingData.ImpliedTopic> topics;
    /** The words of the ways of asking, by their spellings one typo off. */
    private final WordIndex<String> spellings = new WordIndex<>();

    ImpliedTopics(List<TrainingData.ImpliedTopic> topics) {
        this.topics = topics;
        topics.forEach(implied -> implied.when().forEach(word -> spellings.addWithWrittenForm(word, word)));
    }

    /** The words of a message, each {@link Words#singular}, a slip of a word of a way of asking read as that word. */
    String[] said(List<Words.Word> words, Predicate<String> unfamiliar) {
        var said = Words.singulars(words);
        for (int i = 0; i < said.length; i++) {
            var near = spellings.find(said[i]);
            // Most words are none of these, or one of them as written: only a slip is looked up in the vocabularies.
            if (near.isEmpty() || near.contains(said[i])) {
                continue;
            }
            var meant = near.stream().distinct().toList();
            if (meant.size() == 1 && unfamiliar.test(said[i])) {
                said[i] = meant.get(0);
            }
        }
        return said;
    }

    /**
     * The topic words with those a way of asking implies, in place of its own words: "money" in "how much money does
     * a PO make?" is the way of asking, said in the topic's place.
     */
    void implied(String[] said, List<String> topic) {
        for (var implied : topics) {
            if (implied.isSaidIn(said)) {
                topic.removeIf(w -> implied.when().contains(Words.singular(w)));
                if (!topic.contains(implied.topic())) {
                    topic.add(implied.topic());
                }
            }
        }
    }
}

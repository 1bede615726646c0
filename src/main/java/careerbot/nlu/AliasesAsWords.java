package careerbot.nlu;

import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Short aliases that are words users ask with too: "AM" for an account manager, "am" in "I am motivated by
 * commission". Such an alias typed in lower case names its role only after an article ("what does an am do?"); the
 * words are those of the in-scope intent examples as written, which never name a role ({@code {role}} stands for it).
 */
final class AliasesAsWords {

    /** The longest alias that may be a word of asking too: "AM" and "am", "IT" and "it". */
    private static final int SHORT_ALIAS = 3;

    private final Set<String> wordsOfExamples = new HashSet<>();

    AliasesAsWords(TrainingData data) {
        data.written().forEach((label, lines) -> {
            if (!label.equals(Intent.OUT_OF_SCOPE.label())) {
                lines.forEach(line -> Words.of(line).forEach(w -> wordsOfExamples.add(w.text())));
            }
        });
    }

    /** The mentions of a message but those of a short alias typed as a word of the examples, not after an article. */
    List<RoleCatalog.Mention> without(String message, List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var kept = new ArrayList<RoleCatalog.Mention>(mentions.size());
        for (var mention : mentions) {
            String typed = message.substring(mention.start(), mention.end());
            boolean word = typed.length() <= SHORT_ALIAS && typed.chars().noneMatch(Character::isUpperCase)
                    && wordsOfExamples.contains(typed);
            if (!word || afterAnArticle(words, mention)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private static boolean afterAnArticle(List<Words.Word> words, RoleCatalog.Mention mention) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).start() == mention.start()) {
                return Words.ARTICLES.contains(words.get(i - 1).text());
            }
        }
        return false;
    }
}

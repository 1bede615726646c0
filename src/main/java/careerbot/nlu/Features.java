package careerbot.nlu;

import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an utterance into the sparse features the intent model reads. Role mentions become one token,
 * {@code __role__}, so what the model learns about "what does a PO do" holds for any role of any future article.
 * Words give meaning, word pairs give phrasing ("how much", "vs"), and character n-grams inside words let a typo
 * ("responsibilites") still share most of its features with the word it misspells.
 */
final class Features {

    static final String ROLE_TOKEN = "__role__";
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 4;

    private final RoleCatalog roles;

    Features(RoleCatalog roles) {
        this.roles = roles;
    }

    Set<String> of(String utterance) {
        var words = Words.of(utterance);
        return of(words, roles.mentions(words));
    }

    /** For a message already split into words and searched for roles. */
    Set<String> of(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var tokens = tokens(words, mentions);
        var features = new LinkedHashSet<String>();
        features.add("bias");
        String previous = "^";
        for (var token : tokens) {
            features.add("w:" + token);
            features.add("b:" + previous + "_" + token);
            if (!token.equals(ROLE_TOKEN)) {
                charGrams(token, features);
            }
            previous = token;
        }
        features.add("b:" + previous + "_$");
        if (tokens.size() <= 2) {
            features.add("short");
        }
        return features;
    }

    /** Words in order, each role mention replaced by {@link #ROLE_TOKEN}. */
    private static List<String> tokens(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var tokens = new ArrayList<String>(words.size());
        int m = 0;
        for (var word : words) {
            while (m < mentions.size() && mentions.get(m).end() <= word.start()) {
                m++;
            }
            boolean inMention = m < mentions.size() && mentions.get(m).start() <= word.start();
            if (inMention) {
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(ROLE_TOKEN)
                        || mentions.get(m).start() == word.start()) {
                    tokens.add(ROLE_TOKEN);
                }
            } else {
                tokens.add(Words.singular(word.text()));
            }
        }
        return tokens;
    }

    private static void charGrams(String token, Set<String> features) {
        String padded = "<" + token + ">";
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                features.add("c:" + padded.substring(i, i + n));
            }
        }
    }
}

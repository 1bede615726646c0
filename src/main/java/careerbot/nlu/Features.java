package careerbot.nlu;

import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an utterance into the sparse features the intent model reads. Role mentions become one token,
 * {@code __role__}, so what the model learns about "what does a PO do" holds for any role of any future article.
 * Words give meaning, word pairs give phrasing ("how much", "vs"), and character n-grams inside words let a typo
 * ("responsibilites") still share most of its features with the word it misspells.
 * <p>
 * A feature is a 64-bit hash of its kind and characters, never a string: a question has some eighty features and
 * building a string for each was most of the cost of classifying it. Two features of a few thousand sharing a
 * 64-bit hash is too unlikely to matter.
 */
final class Features {

    static final String ROLE_TOKEN = "__role__";
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 4;

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    /** Seeds that keep a word, a pair and an n-gram of the same characters apart. */
    private static final long WORD = 0x9E3779B97F4A7C15L;
    private static final long PAIR = 0xC2B2AE3D27D4EB4FL;
    private static final long GRAM = 0x165667B19E3779F9L;
    private static final long BIAS = mix(0x27D4EB2F165667C5L);
    private static final long SHORT = mix(0x85EBCA77C2B2AE63L);
    /** Stand-ins for the start and the end of the utterance in word pairs. */
    private static final long START = chars("^");
    private static final long END = chars("$");

    private final RoleCatalog roles;

    Features(RoleCatalog roles) {
        this.roles = roles;
    }

    long[] of(String utterance) {
        var words = Words.of(utterance);
        return of(words, roles.mentions(utterance, words));
    }

    /** For a message already split into words and searched for roles: distinct feature hashes, in ascending order. */
    long[] of(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        var tokens = tokens(words, mentions);
        var features = new long[3 + tokens.size() * 2 + tokens.stream().mapToInt(t -> 2 * t.length() + 5).sum()];
        int n = 0;
        features[n++] = BIAS;
        long previous = START;
        for (var token : tokens) {
            long current = chars(token);
            features[n++] = mix(WORD ^ current);
            features[n++] = mix(PAIR ^ previous * 31 ^ current);
            if (!token.equals(ROLE_TOKEN)) {
                n = charGrams(token, features, n);
            }
            previous = current;
        }
        features[n++] = mix(PAIR ^ previous * 31 ^ END);
        if (tokens.size() <= 2) {
            features[n++] = SHORT;
        }
        return distinct(features, n);
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

    /** The 3- and 4-grams of the token padded as {@code <token>}, hashed in place. */
    private static int charGrams(String token, long[] features, int n) {
        int padded = token.length() + 2;
        for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
            for (int start = 0; start + size <= padded; start++) {
                long hash = FNV_OFFSET;
                for (int i = start; i < start + size; i++) {
                    char c = i == 0 ? '<' : i == padded - 1 ? '>' : token.charAt(i - 1);
                    hash = (hash ^ c) * FNV_PRIME;
                }
                features[n++] = mix(GRAM ^ hash);
            }
        }
        return n;
    }

    /** FNV-1a over the characters. */
    private static long chars(String text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole hash. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static long[] distinct(long[] features, int n) {
        Arrays.sort(features, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || features[i] != features[unique - 1]) {
                features[unique++] = features[i];
            }
        }
        return Arrays.copyOf(features, unique);
    }
}

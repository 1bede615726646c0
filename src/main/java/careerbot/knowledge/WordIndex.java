package careerbot.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known words, looked up exactly or allowing one typo, in time independent of how many words are known: each word
 * is also filed under every variant with one letter deleted, and two words one edit apart always share such a
 * variant (symmetric delete), so a lookup checks only the few words filed under its own variants.
 *
 * @param <V> what a word stands for (the role forms it starts, or just itself)
 */
public final class WordIndex<V> {

    /** Typo lookups repeat (users write the same words), and each costs a string per letter: remember the last ones. */
    private static final int REMEMBERED_TYPO_LOOKUPS = 50_000;

    private final Map<String, List<V>> exact = new HashMap<>();
    private final Map<String, Set<String>> byDeletion = new HashMap<>();
    /** Words filed as written as well ({@link #addWithWrittenForm}), compared with a typo as written. */
    private final Set<String> writtenForms = new HashSet<>();
    private final Cache<String, List<V>> near =
            Caffeine.newBuilder().maximumSize(REMEMBERED_TYPO_LOOKUPS).build();

    /** Files a value under a word, as {@link Words#singular} sees it. */
    public void add(String word, V value) {
        file(Words.singular(word), value);
    }

    /**
     * Files a value as {@link #add} does and, when the word's singular is too short to be found with a typo but the
     * word is not ("does", filed as "doe"), under the word as written too: "dose" and "doese" are slips of "does".
     * Not for names: "SREs" filed so would make "sees" one.
     */
    public void addWithWrittenForm(String word, V value) {
        String key = Words.singular(word);
        file(key, value);
        if (key.length() < Words.MIN_TYPO_LENGTH && word.length() >= Words.MIN_TYPO_LENGTH && writtenForms.add(word)) {
            file(word, value);
        }
    }

    /** Under the key itself and, when it is long enough for a slip, each of its one-letter deletions. */
    private void file(String key, V value) {
        exact.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        if (key.length() >= Words.MIN_TYPO_LENGTH) {
            for (var variant : deletions(key)) {
                byDeletion.computeIfAbsent(variant, k -> new HashSet<>(2)).add(key);
            }
        }
    }

    /** Values of the word itself, or else of the known words one edit from it. */
    public List<V> find(String word) {
        return find(word, true);
    }

    /** Values of the word itself and, when typos are allowed, else of the known words one edit from it. */
    public List<V> find(String word, boolean typos) {
        String key = Words.singular(word);
        var found = exact.get(key);
        if (found != null) {
            return found;
        }
        if (!typos || key.length() < Words.MIN_TYPO_LENGTH) {
            return List.of();
        }
        var slips = near.get(key, this::oneEditAway);
        // "Busines" is "business" with a slip, not the plural of "busine".
        return slips.isEmpty() && !key.equals(word) ? near.get(word, this::oneEditAway) : slips;
    }

    private List<V> oneEditAway(String key) {
        var near = new HashSet<String>();
        collect(key, near);
        for (var variant : deletions(key)) {
            collect(variant, near);
            if (exact.containsKey(variant) && variant.length() >= Words.MIN_TYPO_LENGTH) {
                near.add(variant);
            }
        }
        var values = new ArrayList<V>();
        for (var candidate : near) {
            boolean slip = writtenForms.contains(candidate) ? Words.withinOneEdit(key, candidate)
                    : Words.sameWord(key, candidate);
            if (slip) {
                values.addAll(exact.get(candidate));
            }
        }
        return List.copyOf(values);
    }

    public boolean contains(String word) {
        return !find(word).isEmpty();
    }

    private void collect(String variant, Set<String> into) {
        var words = byDeletion.get(variant);
        if (words != null) {
            into.addAll(words);
        }
    }

    private static Set<String> deletions(String word) {
        var variants = new HashSet<String>(word.length() * 2);
        for (int i = 0; i < word.length(); i++) {
            variants.add(word.substring(0, i) + word.substring(i + 1));
        }
        return variants;
    }
}

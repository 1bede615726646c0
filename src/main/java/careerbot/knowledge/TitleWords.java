package careerbot.knowledge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of roles' names of two words or more, and the roles each may mean alone: the last word ("analyst") ends a
 * job title, and names every role whose name ends in it or holds it elsewhere ("nurse" of the registered nurse and of
 * the nurse practitioner).
 */
final class TitleWords {

    /** Roles by the last word of a name of theirs, in the articles' order. */
    private final Map<String, Set<String>> rolesByHead = new LinkedHashMap<>();
    /** Roles by the other words of such a name, in the articles' order. */
    private final Map<String, Set<String>> rolesByOtherWord = new HashMap<>();

    /** Files a name of a role, its words as {@link Words#texts} splits them. */
    void add(String role, List<String> words) {
        if (words.size() < 2) {
            return;
        }
        int last = words.size() - 1;
        rolesByHead.computeIfAbsent(Words.singular(words.get(last)), k -> new LinkedHashSet<>()).add(role);
        words.subList(0, last).forEach(word ->
                rolesByOtherWord.computeIfAbsent(Words.singular(word), k -> new LinkedHashSet<>()).add(role));
    }

    /** The last words of names ("owner", "manager"): what a job title ends with. */
    Set<String> heads() {
        return Set.copyOf(rolesByHead.keySet());
    }

    /** The roles whose names end in a word ("analyst"), in the articles' order. */
    Set<String> endingIn(String word) {
        return rolesByHead.getOrDefault(Words.singular(word), Set.of());
    }

    /**
     * The roles a word that ends a title may mean: those whose names end in it, then those whose names hold it
     * elsewhere. "Product", which ends no name, means none.
     */
    List<String> meantBy(String word) {
        var singular = Words.singular(word);
        var ending = rolesByHead.get(singular);
        if (ending == null) {
            return List.of();
        }
        var meant = new LinkedHashSet<>(ending);
        meant.addAll(rolesByOtherWord.getOrDefault(singular, Set.of()));
        return List.copyOf(meant);
    }
}

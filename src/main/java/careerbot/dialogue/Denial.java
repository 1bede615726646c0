package careerbot.dialogue;

import careerbot.knowledge.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a text says only to deny it: "No radiation exposure", "if you want to avoid working with radiation", "They do
 * not diagnose or treat patients". A word is denied when a word of denial stands a few words before it in its clause,
 * and not two in a row, which undo each other ("if you don't mind heights"). Career advice reads it both ways: a role
 * is spared what the user dislikes, and is no fit for what the user likes.
 *
 * @param denied   the terms of the words the text says only after a denial
 * @param affirmed the terms of the words it says at least once without one
 */
record Denial(Set<String> denied, Set<String> affirmed) {

    /** How many words before a term a word denying it may stand: "do not diagnose or treat patients". */
    private static final int DENIED_WITHIN = 5;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()]");
    private static final Denial NONE = new Denial(Set.of(), Set.of());

    /** @param termsOf how a word is indexed */
    static Denial of(String text, Set<String> denying, Function<String, Set<String>> termsOf) {
        var words = Words.of(text);
        if (words.stream().noneMatch(w -> denying.contains(w.text()))) {
            return NONE; // most texts: no word of theirs is looked up
        }
        var denied = new HashSet<String>();
        var affirmed = new HashSet<String>();
        for (int i = 0; i < words.size(); i++) {
            var terms = termsOf.apply(words.get(i).text());
            if (!terms.isEmpty()) {
                (deniedAt(text, words, i, denying) ? denied : affirmed).addAll(terms);
            }
        }
        denied.removeAll(affirmed);
        return new Denial(Set.copyOf(denied), Set.copyOf(affirmed));
    }

    /** Whether the text says the terms only to deny them, and one at least. */
    boolean onlyDenies(Set<String> terms) {
        return terms.stream().anyMatch(denied::contains) && terms.stream().noneMatch(affirmed::contains);
    }

    private static boolean deniedAt(String text, List<Words.Word> words, int at, Set<String> denying) {
        int from = at;
        while (from > 0 && from > at - DENIED_WITHIN && !CLAUSE_BREAK.matcher(
                text.substring(words.get(from - 1).end(), words.get(from).start())).find()) {
            from--;
        }
        int last = at - 1;
        while (last >= from && !denying.contains(words.get(last).text())) {
            last--;
        }
        return last >= from && !(last > from && denying.contains(words.get(last - 1).text()));
    }
}

package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short forms users type for job titles, read from the editors' synonym rules: a rule that makes a one-word short
 * form equal to a word titles end in ("developer, dev") or to a whole title ("SWE, software engineer"). An article
 * pasted in lists no aliases, yet "what does a dev do?" is about the software developer it covers.
 */
public final class TitleShortForms {

    public static final TitleShortForms NONE = new TitleShortForms("");

    /** Each word or title of a rule (singular, words joined by spaces), with the rule's one-word forms. */
    private final Map<String, Set<String>> oneWordForms = new HashMap<>();
    /** Every word of every rule, lower case: a topic the editors expect ("training", "banking"). */
    private final Set<String> ruleWords = new HashSet<>();

    /**
     * @param synonymRules the editors' rules in Solr format; only equivalences ("a, b, c") give short forms, not
     *                     "a => b"; every rule gives its words
     */
    public TitleShortForms(String synonymRules) {
        for (var line : synonymRules.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            ruleWords.addAll(Words.texts(line));
            if (line.contains("=>")) {
                continue;
            }
            var entries = new ArrayList<String>();
            for (var entry : line.split(",")) {
                var words = Words.texts(entry);
                if (!words.isEmpty()) {
                    entries.add(String.join(" ", words.stream().map(Words::singular).toList()));
                }
            }
            var oneWord = entries.stream().filter(e -> !e.contains(" ")).toList();
            for (var entry : entries) {
                var others = oneWord.stream().filter(w -> !w.equals(entry)).toList();
                if (!others.isEmpty()) {
                    oneWordForms.computeIfAbsent(entry, e -> new LinkedHashSet<>()).addAll(others);
                }
            }
        }
    }

    /** Whether a word stands in one of the editors' synonym rules: a topic, such as "training", not a trainer's field. */
    boolean isTopic(String word) {
        return ruleWords.contains(word);
    }

    /**
     * The other ways to write a role's name: with its last word shortened ("software dev" for "software developer"),
     * and the one-word forms of the whole name ("swe"). None for a name of one word: "dev" alone would be a role of
     * its own, not a developer's short form.
     */
    List<List<String>> of(List<String> nameWords) {
        if (nameWords.size() < 2 || oneWordForms.isEmpty()) {
            return List.of();
        }
        var forms = new ArrayList<List<String>>();
        var before = nameWords.subList(0, nameWords.size() - 1);
        for (var shortLast : oneWordForms.getOrDefault(Words.singular(nameWords.get(nameWords.size() - 1)), Set.of())) {
            var form = new ArrayList<>(before);
            form.add(shortLast);
            forms.add(form);
        }
        var whole = String.join(" ", nameWords.stream().map(Words::singular).toList());
        oneWordForms.getOrDefault(whole, Set.of()).forEach(word -> forms.add(List.of(word)));
        return forms;
    }
}

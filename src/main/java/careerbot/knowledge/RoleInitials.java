package careerbot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A role named by the initials of its name, in capitals ("SREs" for site reliability engineers, "BA" for a business
 * analyst), in an article that lists no such alias: an editor who pastes an article in need not list the acronyms its
 * readers use. Only in capitals, which tell "BA" from "ba" and "AM" from "am"; only initials no other role has, and
 * only where no role's name or alias matches first ("PM", listed for the product manager, is not the project
 * manager's too).
 */
final class RoleInitials {

    private static final int MAX_LETTERS = 6;

    private final Map<String, String> roleByInitials = new HashMap<>();

    /** @param roles every role of every article */
    RoleInitials(List<Role> roles) {
        var shared = new HashSet<String>();
        for (var role : roles) {
            var words = Words.texts(role.name());
            if (words.size() < 2 || words.size() > MAX_LETTERS) {
                continue;
            }
            var initials = new StringBuilder();
            words.forEach(word -> initials.append(word.charAt(0)));
            String key = initials.toString();
            if (roleByInitials.putIfAbsent(key, role.name()) != null && !roleByInitials.get(key).equals(role.name())) {
                shared.add(key);
            }
        }
        shared.forEach(roleByInitials::remove);
    }

    /**
     * The mentions found by name, with those of the words the text writes as a role's initials, in capitals and
     * alone or with a plural "s", that no mention covers.
     */
    List<RoleCatalog.Mention> withInitials(String text, List<Words.Word> words, List<RoleCatalog.Mention> found) {
        if (roleByInitials.isEmpty()) {
            return found;
        }
        List<RoleCatalog.Mention> all = null;
        for (var word : words) {
            String role = roleByInitials.get(Words.singular(word.text()));
            if (role == null || !inCapitals(text.substring(word.start(), word.end()))
                    || found.stream().anyMatch(m -> m.start() <= word.start() && word.end() <= m.end())) {
                continue;
            }
            all = all == null ? new ArrayList<>(found) : all;
            all.add(new RoleCatalog.Mention(role, word.start(), word.end()));
        }
        if (all == null) {
            return found;
        }
        all.sort(Comparator.comparingInt(RoleCatalog.Mention::start));
        return all;
    }

    private static boolean inCapitals(String written) {
        String letters = written.replaceFirst("(?<=\\p{Lu})(?:['’]?s)$", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && letters.chars().allMatch(Character::isLetter);
    }
}

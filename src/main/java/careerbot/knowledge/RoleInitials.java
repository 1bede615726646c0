package careerbot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * A role named by the initials of its name, in capitals ("SREs" for site reliability engineers, "BA" for a business
 * analyst), in an article that lists no such alias: an editor who pastes an article in need not list the acronyms its
 * readers use. Only in capitals, which tell "BA" from "ba" and "AM" from "am"; only initials no other role has, and
 * only where no role's name or alias matches first ("PM", listed for the product manager, is not the project
 * manager's too), unless beside a role of the project manager's article.
 */
final class RoleInitials {

    private static final int MAX_LETTERS = 6;

    /** Every role by its initials, several where roles share them. */
    private final Map<String, List<String>> rolesByInitials = new HashMap<>();
    private final BiPredicate<String, String> sameArticle;

    /**
     * @param roles       every role of every article
     * @param sameArticle whether two roles are of one article
     */
    RoleInitials(List<Role> roles, BiPredicate<String, String> sameArticle) {
        this.sameArticle = sameArticle;
        for (var role : roles) {
            var words = Words.texts(role.name());
            if (words.size() < 2 || words.size() > MAX_LETTERS) {
                continue;
            }
            var initials = new StringBuilder();
            words.forEach(word -> initials.append(word.charAt(0)));
            // Filed as written with a plural too ("sres", "ba's"), so a word is looked up without taking one off.
            for (String written : List.of("", "s", "'s")) {
                rolesByInitials.computeIfAbsent(initials + written, k -> new ArrayList<>()).add(role.name());
            }
        }
    }

    /**
     * The mentions found by name, with those of the words the text writes as a role's initials, in capitals and
     * alone or with a plural "s", that no mention covers and no other role shares. Beside a role of another article,
     * initials in capitals are the role of that article they are the initials of: "BA or PM?" is on the project
     * manager beside the business analyst, though "PM" is the product manager's alias in another article.
     * A role's name or alias found beside one of its own article's stays that role, as it shares its initials.
     */
    List<RoleCatalog.Mention> withInitials(String text, List<Words.Word> words, List<RoleCatalog.Mention> found) {
        if (rolesByInitials.isEmpty()) {
            return found;
        }
        List<RoleCatalog.Mention> all = null;
        for (var word : words) {
            var roles = rolesByInitials.getOrDefault(word.text(), List.of());
            if (roles.size() != 1 || covered(found, word) || !inCapitals(text, word.start(), word.end())) {
                continue;
            }
            all = all == null ? new ArrayList<>(found) : all;
            all.add(new RoleCatalog.Mention(roles.get(0), word.start(), word.end()));
        }
        if (all == null) {
            all = found;
        } else {
            all.sort(Comparator.comparingInt(RoleCatalog.Mention::start));
        }
        return all.size() < 2 ? all : besideTheirArticlesRoles(text, all);
    }

    private List<RoleCatalog.Mention> besideTheirArticlesRoles(String text, List<RoleCatalog.Mention> mentions) {
        List<RoleCatalog.Mention> read = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            var mention = mentions.get(i);
            if (!mayBeInitials(mention.end() - mention.start())) {
                continue; // a role named by its name
            }
            String written = text.substring(mention.start(), mention.end());
            var sharing = rolesByInitials.getOrDefault(written.toLowerCase(Locale.ROOT).replace('’', '\''), List.of());
            if (sharing.isEmpty() || sharing.size() == 1 && sharing.get(0).equals(mention.role())) {
                continue; // most: no other role has the initials
            }
            for (var other : mentions) {
                var ofItsArticle = sharing.stream().filter(role -> !role.equals(other.role())
                        && sameArticle.test(role, other.role())).toList();
                if (other != mention && ofItsArticle.size() == 1) {
                    read = read == mentions ? new ArrayList<>(mentions) : read;
                    read.set(i, new RoleCatalog.Mention(ofItsArticle.get(0), mention.start(), mention.end()));
                    break;
                }
            }
        }
        return read;
    }

    /** Initials, with a plural "s" or "'s". */
    private static boolean mayBeInitials(int length) {
        return length >= 2 && length <= MAX_LETTERS + 2;
    }

    private static boolean covered(List<RoleCatalog.Mention> found, Words.Word word) {
        for (var mention : found) {
            if (mention.start() <= word.start() && word.end() <= mention.end()) {
                return true;
            }
        }
        return false;
    }

    /** Capitals, then nothing or a plural "s" or "'s": "BA", "SREs", "BA's". */
    private static boolean inCapitals(String text, int start, int end) {
        int capitals = start;
        while (capitals < end && Character.isUpperCase(text.charAt(capitals))) {
            capitals++;
        }
        String rest = text.substring(capitals, end);
        return capitals - start >= 2 && (rest.isEmpty() || rest.equals("s") || rest.equals("'s") || rest.equals("’s"));
    }
}

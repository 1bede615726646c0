package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Other names an article gives one of its roles in its text, read as aliases of the role: "A game developer,
 * sometimes called a game programmer, writes the code…" makes "game programmer" the game developer, in questions and
 * in the text, though the front matter, if any, doesn't list it; as does "CRAs, also called monitors, visit…".
 */
final class CalledAliases {

    /**
     * A name given right after a role's, between commas or brackets: "also called", "sometimes called", "also known
     * as", "often referred to as", then a few lower-case words. Capitalised words would be a brand or a body ("also
     * known as the BLS").
     */
    private static final Pattern CALLED = Pattern.compile(
            "[,(]\\s*(?:also|sometimes|often|usually)\\s+(?:called|known\\s+as|referred\\s+to\\s+as)\\s+(?:an?\\s+)?"
                    + "(\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3})\\s*[,;.)]");
    /** How far before "also called" the role's name may end: a comma or a bracket. */
    private static final int NAMED_WITHIN = 2;
    /** Enough of the text before "also called" to hold the role's name. */
    private static final int NAME_WINDOW = 80;

    private CalledAliases() {
    }

    /** The roles, each with the names the text gives it added to its aliases. */
    static List<Role> added(List<Role> roles, String text) {
        var found = CALLED.matcher(text);
        if (!found.find()) {
            return roles; // most articles
        }
        var aliases = new HashMap<String, List<String>>();
        roles.forEach(role -> aliases.put(role.name(), new ArrayList<>(role.aliases())));
        var catalog = new RoleCatalog(List.of(new Article("", "", null, null, roles)));
        do {
            var before = text.substring(Math.max(0, found.start() - NAME_WINDOW), found.start());
            var named = catalog.mentions(before);
            if (named.isEmpty() || before.length() - named.get(named.size() - 1).end() > NAMED_WITHIN) {
                continue;
            }
            String name = singular(found.group(1).toLowerCase(Locale.ROOT));
            var ofRole = aliases.get(named.get(named.size() - 1).role());
            if (catalog.rolesIn(name).isEmpty() && !ofRole.contains(name)) {
                ofRole.add(name);
            }
        } while (found.find());
        return roles.stream().map(role -> role.withAliases(aliases.get(role.name()))).toList();
    }

    /** A name in the singular, as aliases are written: "monitors" as "monitor". */
    private static String singular(String name) {
        int last = name.lastIndexOf(' ') + 1;
        return name.substring(0, last) + Words.singular(name.substring(last));
    }
}

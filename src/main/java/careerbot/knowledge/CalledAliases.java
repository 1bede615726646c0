package careerbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /**
     * A name given as another right after a role's: "A headhunter, or executive search consultant, finds…", "Sound
     * engineer (or audio engineer)". Its last word must end as a person's title does ("consultant", "engineer"), as
     * "or" joins anything: "product managers (or higher)", "designers, or anyone else,".
     */
    private static final Pattern OR_CALLED = Pattern.compile(
            "[,(]\\s*or\\s+(?:an?\\s+)?(\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3})\\s*[,)]");
    private static final Pattern PERSON = Pattern.compile("(?:er|or|ist|ian|ant|ent|ee)s?$");
    /** Words ending so that are no person: "or other", "(or later)", "(or higher)". */
    private static final Set<String> NO_PERSON = Set.of("other", "others", "another", "either", "neither", "rather",
            "whatever", "whichever", "however", "together", "for", "nor", "per", "higher", "lower", "better", "greater",
            "larger", "bigger", "smaller", "longer", "shorter", "older", "younger", "newer", "faster", "slower",
            "earlier", "later", "further", "fewer", "different", "independent", "relevant", "equivalent",
            "significant", "important", "recent", "current");
    /** How far before "also called" the role's name may end: a comma or a bracket. */
    private static final int NAMED_WITHIN = 2;
    /** Enough of the text before "also called" to hold the role's name. */
    private static final int NAME_WINDOW = 80;

    private CalledAliases() {
    }

    /** The roles, each with the names the text gives it added to its aliases. */
    static List<Role> added(List<Role> roles, String text) {
        var called = CALLED.matcher(text);
        var orCalled = OR_CALLED.matcher(text);
        if (!called.find() && !orCalled.find()) {
            return roles; // most articles
        }
        var aliases = new HashMap<String, List<String>>();
        roles.forEach(role -> aliases.put(role.name(), new ArrayList<>(role.aliases())));
        var catalog = new RoleCatalog(List.of(new Article("", "", null, null, roles)));
        for (var found : List.of(called.reset(), orCalled.reset())) {
            while (found.find()) {
                String name = found.group(1).toLowerCase(Locale.ROOT);
                var before = text.substring(Math.max(0, found.start() - NAME_WINDOW), found.start());
                var named = catalog.mentions(before);
                if (named.isEmpty() || !isRightAfter(before, named.get(named.size() - 1))) {
                    continue;
                }
                var role = named.get(named.size() - 1);
                // Not the last of a list: "designers, developers, or testers".
                if (found == orCalled && (!isPerson(name)
                        || before.substring(0, role.start()).stripTrailing().endsWith(","))) {
                    continue;
                }
                var ofRole = aliases.get(role.role());
                String singular = singular(name);
                if (catalog.rolesIn(singular).isEmpty() && !ofRole.contains(singular)) {
                    ofRole.add(singular);
                }
            }
        }
        return roles.stream().map(role -> role.withAliases(aliases.get(role.name()))).toList();
    }

    /**
     * Whether a role's name ends right before, past a space and the Markdown that stresses it: "**sound engineer** (or
     * audio engineer)".
     */
    private static boolean isRightAfter(String before, RoleCatalog.Mention role) {
        return before.substring(role.end()).replace("*", "").replace("_", "").length() <= NAMED_WITHIN;
    }

    private static boolean isPerson(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return PERSON.matcher(last).find() && !NO_PERSON.contains(last);
    }

    /** A name in the singular, as aliases are written: "monitors" as "monitor". */
    private static String singular(String name) {
        int last = name.lastIndexOf(' ') + 1;
        return name.substring(0, last) + Words.singular(name.substring(last));
    }
}

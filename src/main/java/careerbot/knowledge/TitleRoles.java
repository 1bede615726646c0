package careerbot.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two roles an article's title sets side by side, for an article whose front matter doesn't list them: "What's
 * the difference between a business analyst and a systems analyst?", "Data analyst vs. data scientist: which fits
 * you?", "Sous chef or line cook?".
 */
final class TitleRoles {

    /** Longer than this, what the title names is a clause ("should you become a nurse"), not a job title. */
    private static final int MAX_WORDS = 4;
    private static final String ROLE = "(?:an? |the )?(\\p{L}[\\p{L}' -]*?)";
    /** What may follow the second role: the end of the title or of its clause, or a dash before a subtitle. */
    private static final String END = "\\s*(?:[?.!:;,|—–]|- |$)";
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween " + ROLE + " and " + ROLE + END,
            Pattern.CASE_INSENSITIVE);
    /** At the start of the title or after its label ("Career paths: Business analyst vs. systems analyst"). */
    private static final Pattern SIDE_BY_SIDE = Pattern.compile("(?:^|: )" + ROLE + " (?:vs\\.?|versus|or) " + ROLE
            + END, Pattern.CASE_INSENSITIVE);

    private TitleRoles() {
    }

    /** The two roles, or none when the title names no two. */
    static List<Role> of(String title) {
        for (var pattern : List.of(BETWEEN, SIDE_BY_SIDE)) {
            var named = pattern.matcher(title);
            if (named.find() && isTitle(named.group(1)) && isTitle(named.group(2))) {
                return List.of(role(named.group(1)), role(named.group(2)));
            }
        }
        return List.of();
    }

    private static boolean isTitle(String words) {
        return Words.of(words).size() <= MAX_WORDS;
    }

    /**
     * As the title writes it, but for a capital that only opens the title: "Data analyst", not "UX designer" or
     * "DevOps engineer", whose first word has capitals of its own.
     */
    private static Role role(String written) {
        String name = written.strip();
        String firstWord = name.split(" ", 2)[0];
        boolean opensTitle = firstWord.length() > 1 && firstWord.substring(1).chars().noneMatch(Character::isUpperCase);
        String shown = opensTitle ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
        return new Role(name.toLowerCase(Locale.ROOT), shown, List.of());
    }
}

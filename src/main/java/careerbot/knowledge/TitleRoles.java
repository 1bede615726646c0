package careerbot.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The two roles an article's title sets side by side, for an article whose front matter doesn't list them: "What's
 * the difference between a business analyst and a systems analyst?", "Data analyst vs. data scientist: which fits
 * you?", "Sous chef or line cook?".
 */
final class TitleRoles {

    /** Longer than this, what the title names is a clause ("should you become a nurse"), not a job title. */
    private static final int MAX_WORDS = 4;
    /** Words this long are capitalised in a title in title case; shorter ones ("vs.", "or", "the") may not be. */
    private static final int TITLE_CASE_WORD = 4;
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

    /**
     * The two roles, or none when the title names no two. Two roles may share a word the title says once, as the
     * article's text says them: "Frontend vs. backend developer" is on the frontend developer where the text says
     * "frontend developers", "Data analyst vs. scientist" on the data scientist; "Nurse vs. nurse practitioner" is on
     * the nurse.
     *
     * @param text the article's text, where the roles' full names are looked for
     */
    static List<Role> of(String title, String text) {
        boolean titleCase = isInTitleCase(title);
        for (var pattern : List.of(BETWEEN, SIDE_BY_SIDE)) {
            var named = pattern.matcher(title);
            if (named.find() && isTitle(named.group(1)) && isTitle(named.group(2))) {
                String first = named.group(1).strip();
                String second = named.group(2).strip();
                var firstWords = first.split(" ");
                var secondWords = second.split(" ");
                if (firstWords.length == 1 && secondWords.length > 1) {
                    first = saidWhole(first + second.substring(secondWords[0].length()), second, text, first);
                } else if (secondWords.length == 1 && firstWords.length > 1) {
                    second = saidWhole(first.substring(0, first.length() - firstWords[firstWords.length - 1].length())
                            + second, first, text, second);
                }
                if (isInCapitals(title)) {
                    first = asTextWrites(first, text);
                    second = asTextWrites(second, text);
                }
                return List.of(role(first, titleCase), role(second, titleCase));
            }
        }
        return List.of();
    }

    /** The name with the shared word, if the text says it and it is not the other role's; else the title's. */
    private static String saidWhole(String whole, String other, String text, String asInTitle) {
        boolean said = !whole.equalsIgnoreCase(other) && Pattern.compile("\\b" + Pattern.quote(whole),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        return said ? whole : asInTitle;
    }

    private static boolean isTitle(String words) {
        return Words.of(words).size() <= MAX_WORDS;
    }

    /** "UX Designer vs. UI Designer: What's the Difference?": every longer word after the first is capitalised. */
    private static boolean isInTitleCase(String title) {
        var words = title.strip().split("[\\s:—–-]+");
        return Arrays.stream(words).skip(1).filter(word -> word.length() >= TITLE_CASE_WORD)
                .allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }

    /** "ARCHAEOLOGIST VS. ANTHROPOLOGIST": a title with no lower-case letter says nothing of how its words are. */
    private static boolean isInCapitals(String title) {
        return title.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * A name from a title in capitals, each word as the text writes it where it is not in capitals too ("archaeologist"
     * from "Archaeologists survey…"); a word the text writes only in capitals is an acronym ("SDET") and stays so.
     */
    private static String asTextWrites(String name, String text) {
        var shown = new StringJoiner(" ");
        for (String word : name.split(" ")) {
            var written = Pattern.compile("\\b" + Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            String form = word;
            while (written.find()) {
                String found = written.group();
                if (!found.equals(found.toUpperCase(Locale.ROOT))) {
                    boolean capitalOnly = found.substring(1).chars().noneMatch(Character::isUpperCase);
                    form = capitalOnly ? found.toLowerCase(Locale.ROOT) : found;
                    break;
                }
            }
            shown.add(form);
        }
        return shown.toString();
    }

    /**
     * As the title writes it, but for a capital that only opens the title, or a word, as titles write them: "Data
     * analyst", "UX Designer" are the data analyst and the UX designer. A word with capitals of its own keeps them
     * ("UX designer", "DevOps engineer").
     */
    private static Role role(String written, boolean titleCase) {
        String name = written.strip();
        var shown = new StringBuilder();
        for (String word : name.split(" ")) {
            boolean capitalOnly = word.length() > 1 && word.substring(1).chars().noneMatch(Character::isUpperCase);
            boolean lowered = capitalOnly && (titleCase || shown.isEmpty());
            shown.append(shown.isEmpty() ? "" : " ")
                    .append(lowered ? Character.toLowerCase(word.charAt(0)) + word.substring(1) : word);
        }
        return new Role(name.toLowerCase(Locale.ROOT), shown.toString(), List.of());
    }
}

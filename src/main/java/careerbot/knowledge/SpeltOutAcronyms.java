package careerbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Acronyms an article spells out for one of its roles, read as aliases of the role: "Certified registered nurse
 * anesthetists (CRNAs) assess patients…" makes "CRNA" the nurse anesthetist, in questions and in the text, though the
 * front matter, if any, doesn't list it. The acronym's letters are the initials of the words before it, ending with
 * the role's name: not "National Registry of Emergency Medical Technicians (NREMT)", an organisation. Said of people,
 * in the plural ("nurse anesthetists (CRNAs)", "CRNAs are…"): "the Chartered Financial Analyst (CFA) credential" is
 * none.
 */
final class SpeltOutAcronyms {

    /** An acronym in brackets: capitals, perhaps with a plural "s". */
    private static final Pattern ACRONYM = Pattern.compile(" \\((\\p{Lu}{2,6})(s?)\\)");
    /** Enough of the text before an acronym to hold the words it stands for. */
    private static final int SPELT_WITHIN = 120;

    private SpeltOutAcronyms() {
    }

    /** An acronym, the words before it, and whether the text says it in the plural. */
    private record Bracketed(String acronym, List<String> before, boolean plural) { }

    /** The roles, each with the acronyms the text spells out for it added to its aliases. */
    static List<Role> added(List<Role> roles, String text) {
        var bracketed = new ArrayList<Bracketed>();
        for (var found = ACRONYM.matcher(text); found.find(); ) {
            var before = text.substring(Math.max(0, found.start() - SPELT_WITHIN), found.start());
            String acronym = found.group(1);
            boolean plural = !found.group(2).isEmpty() || text.contains(acronym + "s ");
            bracketed.add(new Bracketed(acronym, Words.texts(before), plural));
        }
        if (bracketed.isEmpty()) {
            return roles; // most articles
        }
        var withAcronyms = new ArrayList<Role>(roles.size());
        for (var role : roles) {
            var aliases = new ArrayList<>(role.aliases());
            for (var acronym : bracketed) {
                if (spellsOut(acronym, role)
                        && aliases.stream().noneMatch(acronym.acronym()::equalsIgnoreCase)) {
                    aliases.add(acronym.acronym());
                }
            }
            withAcronyms.add(role.withAliases(aliases));
        }
        return withAcronyms;
    }

    /**
     * Whether the words before an acronym end with one of the role's names, in the plural unless the acronym is, and
     * their last words, one for each letter, start with its letters: "Certified registered nurse anesthetists" for
     * "CRNA".
     */
    private static boolean spellsOut(Bracketed bracketed, Role role) {
        var words = bracketed.before();
        String acronym = bracketed.acronym();
        if (words.size() < acronym.length()) {
            return false;
        }
        var spelt = words.subList(words.size() - acronym.length(), words.size());
        for (int i = 0; i < spelt.size(); i++) {
            if (spelt.get(i).charAt(0) != Character.toLowerCase(acronym.charAt(i))) {
                return false;
            }
        }
        String tail = String.join(" ", spelt);
        return role.surfaceForms().stream().map(form -> form.toLowerCase(Locale.ROOT)).anyMatch(form ->
                tail.endsWith(form + "s") || tail.endsWith(form + "es") || bracketed.plural() && tail.endsWith(form));
    }
}

package careerbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A job role an article is about, as its front matter names it.
 *
 * @param name    lower case: the role's id in the index, in conversations and in the API ("ui designer")
 * @param title   as the article writes it, for replies ("UI designer")
 * @param aliases other ways the article's readers write it
 */
public record Role(String name, String title, List<String> aliases) {

    private static final String AMPERSAND = " & ";

    public Role {
        aliases = List.copyOf(aliases);
    }

    /** The role with these aliases, or itself when they are its own (as many: aliases are only ever added). */
    Role withAliases(List<String> more) {
        return more.size() == aliases.size() ? this : new Role(name, title, more);
    }

    /**
     * The name first, then every alias: all the ways a user may write the role, with "and" for an ampersand too
     * ("health and safety officer" for "health & safety officer").
     */
    public List<String> surfaceForms() {
        var forms = new ArrayList<String>(aliases.size() + 1);
        forms.add(name);
        forms.addAll(aliases);
        forms.addAll(forms.stream().filter(form -> form.contains(AMPERSAND))
                .map(form -> form.replace(AMPERSAND, " and ")).toList());
        return forms;
    }
}

package careerbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A job role an article is about, as its front matter names it. */
public record Role(String name, List<String> aliases) {

    public Role {
        aliases = List.copyOf(aliases);
    }

    /** The name first, then every alias: all the ways a user may write the role. */
    public List<String> surfaceForms() {
        var forms = new ArrayList<String>(aliases.size() + 1);
        forms.add(name);
        forms.addAll(aliases);
        return forms;
    }
}

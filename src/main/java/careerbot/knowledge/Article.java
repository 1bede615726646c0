package careerbot.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One Markdown file of {@code knowledge/}: its front matter and its sections in reading order. */
public final class Article {

    private final String id;
    private final String title;
    private final LocalDate published;
    private final String source;
    private final List<Role> roles;
    private final List<Section> sections = new ArrayList<>();

    public Article(String id, String title, LocalDate published, String source, List<Role> roles) {
        this.id = id;
        this.title = title;
        this.published = published;
        this.source = source;
        this.roles = List.copyOf(roles);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate published() {
        return published;
    }

    public String source() {
        return source;
    }

    public List<Role> roles() {
        return roles;
    }

    /** Every section, parents before children, in reading order. */
    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** How many of its passages are about the role: by the headings above them, their text, or as on every role. */
    public long passagesAbout(String role) {
        return sections.stream().flatMap(s -> s.passages().stream()).filter(p -> p.roles().contains(role)).count();
    }

    Section addSection(Section parent, String heading, int level) {
        var section = new Section(this, parent, heading, level);
        sections.add(section);
        return section;
    }
}

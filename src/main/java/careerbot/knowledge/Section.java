package careerbot.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A heading and what stands under it until the next heading of the same or a higher level.
 * Sections nest: a {@code ###} responsibility is a child of its {@code ##} section.
 */
public final class Section {

    private final Article article;
    private final Section parent;
    private final String heading;
    private final int level;
    private final List<Passage> passages = new ArrayList<>();
    private final List<Section> children = new ArrayList<>();

    Section(Article article, Section parent, String heading, int level) {
        this.article = article;
        this.parent = parent;
        this.heading = heading;
        this.level = level;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public Article article() {
        return article;
    }

    public Section parent() {
        return parent;
    }

    public String heading() {
        return heading;
    }

    public int level() {
        return level;
    }

    public List<Passage> passages() {
        return Collections.unmodifiableList(passages);
    }

    public List<Section> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * The list that a paragraph introduces ("Day to day, an accountant might:"): the list items right after it, when
     * it ends with a colon; none otherwise. Quoted without them, such a paragraph promises what it doesn't give.
     */
    public List<Passage> listAfter(Passage intro) {
        // The colon first: most passages introduce nothing, and finding one's place is a scan of the section.
        if (intro.kind() != Passage.Kind.PARAGRAPH || !intro.text().endsWith(":")) {
            return List.of();
        }
        int at = passages.indexOf(intro);
        if (at < 0) {
            return List.of();
        }
        int end = at + 1;
        while (end < passages.size() && passages.get(end).kind() == Passage.Kind.LIST_ITEM) {
            end++;
        }
        return List.copyOf(passages.subList(at + 1, end));
    }

    /**
     * What a paragraph ending with a colon introduces: the items of the list after it, else, when it is the last of
     * this section's own text, the headings of its subsections ("A product owner's responsibilities may include:"
     * over "### Defining the product vision…"); none otherwise.
     */
    public List<String> introducedBy(Passage intro) {
        var items = listAfter(intro);
        if (!items.isEmpty()) {
            return items.stream().map(Passage::text).toList();
        }
        boolean last = !passages.isEmpty() && passages.get(passages.size() - 1) == intro;
        return last && intro.text().endsWith(":") ? children.stream().map(Section::heading).toList() : List.of();
    }

    /** The items of the list an item stands in, in order; none for a passage that is not an item. */
    public List<Passage> listOf(Passage item) {
        int at = passages.indexOf(item);
        if (item.kind() != Passage.Kind.LIST_ITEM || at < 0) {
            return List.of();
        }
        int start = at;
        while (start > 0 && passages.get(start - 1).kind() == Passage.Kind.LIST_ITEM) {
            start--;
        }
        int end = at + 1;
        while (end < passages.size() && passages.get(end).kind() == Passage.Kind.LIST_ITEM) {
            end++;
        }
        return List.copyOf(passages.subList(start, end));
    }

    /**
     * The paragraph that introduces the list a list item stands in ("Day to day, a UI designer:"), when there is one:
     * an item quoted alone ("prepares assets for developers") says nothing of whose work it is.
     */
    public Optional<Passage> introOf(Passage item) {
        var list = listOf(item);
        int at = list.isEmpty() ? 0 : passages.indexOf(list.get(0));
        return at > 0 && passages.get(at - 1).text().endsWith(":") ? Optional.of(passages.get(at - 1))
                : Optional.empty();
    }

    void add(Passage passage) {
        passages.add(passage);
    }

    /** Headings from the article's title down to this one, e.g. "Title > Typical … > Managing the product backlog". */
    public List<String> headingPath() {
        var path = new ArrayList<String>();
        for (var s = this; s != null; s = s.parent) {
            path.add(0, s.heading);
        }
        return path;
    }

    @Override
    public String toString() {
        return String.join(" > ", headingPath());
    }
}

package careerbot.knowledge;

import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Reads one knowledge file: YAML front matter (title, published, source, roles), if any, then Markdown, parsed by
 * commonmark into sections (one per heading) holding passages (one per paragraph or list item).
 */
public final class ArticleParser {

    private static final String FENCE = "---";
    private static final Pattern TITLE_HEADING = Pattern.compile("^# +(.+?)[ #]*$", Pattern.MULTILINE);
    private final Parser markdown = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create())).build();
    private final TitleShortForms shortForms;

    /** @param shortForms the short forms of job titles an article may write ("HVAC techs" for HVAC technicians) */
    public ArticleParser(TitleShortForms shortForms) {
        this.shortForms = shortForms;
    }

    /**
     * @param nextId hands out passage ids, so ids are unique across every article of the knowledge base
     */
    public Article parse(Path file, String content, IntSupplier nextId) {
        String unix = content.replace("\r\n", "\n");
        String text = unix.stripLeading();
        Map<?, ?> front = Map.of();
        String body = text;
        if (text.startsWith(FENCE + "\n")) {
            int close = text.indexOf("\n" + FENCE + "\n", FENCE.length());
            if (close < 0) {
                throw new KnowledgeFileException(file, "front matter is not closed by a '---' line");
            }
            int linesBefore = 1 + (int) unix.substring(0, unix.length() - text.length()).chars()
                    .filter(c -> c == '\n').count();
            front = YamlMapping.read(file, text.substring(FENCE.length() + 1, close), linesBefore, "front matter",
                    "title, published, source, roles");
            body = text.substring(close + FENCE.length() + 2);
        }
        var plainText = PlainTextArticle.isPlainText(body) ? PlainTextArticle.read(body, optionalString(front, "title"))
                : null;
        // A page's text has no "#" heading to read a title from: its title line, or the front matter's, is it.
        String title = plainText == null || plainText.title().isBlank() ? title(file, front, body) : plainText.title();
        var roles = CalledAliases.added(SpeltOutAcronyms.added(roles(file, front, title, body), body), body);
        body = plainText == null ? body : plainText.markdown(roles);
        var article = new Article(idOf(file), title, published(file, front), optionalString(front, "source"), roles);
        var builder = new MarkdownSections(article, nextId, shortForms);
        markdown.parse(body).accept(builder);
        if (!builder.sawHeading()) {
            throw new KnowledgeFileException(file, "no headings: an article needs a '#' title and '##' sections");
        }
        if (article.sections().stream().allMatch(section -> section.passages().isEmpty())) {
            throw new KnowledgeFileException(file, "no text: the article has a title but nothing under it");
        }
        return article;
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        int extension = name.lastIndexOf('.');
        return extension > 0 ? name.substring(0, extension) : name;
    }

    /** The front matter's title, else the article's own {@code #} heading: the title its readers see. */
    private static String title(Path file, Map<?, ?> front, String body) {
        if (front.get("title") instanceof String title && !title.isBlank()) {
            return title.strip();
        }
        var heading = TITLE_HEADING.matcher(body);
        if (heading.find()) {
            return heading.group(1).strip();
        }
        throw new KnowledgeFileException(file, "front matter has no 'title', nor the article a '#' title");
    }

    private static String optionalString(Map<?, ?> front, String key) {
        return front.get(key) == null ? "" : String.valueOf(front.get(key)).strip();
    }

    private static LocalDate published(Path file, Map<?, ?> front) {
        Object value = front.get("published");
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new KnowledgeFileException(file, "'published' is not a date like 2024-03-06: " + value);
        }
    }

    /** The roles the front matter lists, else the two the title sets side by side ("X vs. Y"). */
    private static List<Role> roles(Path file, Map<?, ?> front, String title, String body) {
        if (!(front.get("roles") instanceof List<?> list) || list.isEmpty()) {
            var named = TitleRoles.of(title, body);
            if (named.isEmpty()) {
                throw new KnowledgeFileException(file, "no 'roles' in a YAML front matter ('---' lines) and no two "
                        + "roles in the title ('X vs. Y'): list each role with a name and aliases");
            }
            return named;
        }
        var roles = new ArrayList<Role>();
        for (Object entry : list) {
            // "roles: [copywriter, content writer]": a role given as text is its name, with no aliases.
            if (entry instanceof String name && !name.isBlank()) {
                roles.add(new Role(name.strip().toLowerCase(Locale.ROOT), name.strip(), List.of()));
                continue;
            }
            if (!(entry instanceof Map<?, ?> role) || !(role.get("name") instanceof String name) || name.isBlank()) {
                throw new KnowledgeFileException(file, "every role needs a 'name': " + entry);
            }
            var aliases = new ArrayList<String>();
            if (role.get("aliases") instanceof List<?> given) {
                given.stream().map(String::valueOf).filter(a -> !a.isBlank()).forEach(aliases::add);
            } else if (role.get("aliases") != null) {
                throw new KnowledgeFileException(file, "aliases of role '" + name + "' must be a list");
            }
            roles.add(new Role(name.strip().toLowerCase(Locale.ROOT), name.strip(), aliases));
        }
        return roles;
    }
}

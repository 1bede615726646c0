package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Roles of an article with no section on their differences, or more than two of them, compared where its sections on
 * them all say something of each apart: "## Education" with a paragraph on each, "## Salary and job outlook" with a
 * sentence on each. Each such section is an aspect of their differences, side by side under its heading, after each
 * role's overview.
 */
@Singleton
final class AspectsSideBySide {

    /** Enough aspects to show how the roles differ; a long article's every section would bury the overviews. */
    private static final int MOST_ASPECTS = 3;
    private static final int MOST_SENTENCES = 2;
    private static final int MOST_ITEMS = 3;
    /**
     * What may stand between a role's name and the aspect its section is on ("Bank teller: pay", "Teller — skills"),
     * or between a label and what it labels.
     */
    private static final Pattern ASPECT_AFTER_NAME = Pattern.compile("^[\\s:–—-]*");
    private static final int REMEMBERED_PAIRS = 10_000;

    private final PassageFinder finder;
    private final RoleAnswers roleAnswers;
    private final RoleCatalog roles;
    private final Cache<List<String>, Reply> compared = Caffeine.newBuilder().maximumSize(REMEMBERED_PAIRS).build();

    AspectsSideBySide(PassageFinder finder, RoleAnswers roleAnswers, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roleAnswers = roleAnswers;
        this.roles = knowledge.roles();
    }

    /** Each role's overview, then the aspects its sections tell apart. */
    Reply withOverviews(Templates.IntentTemplate overviewTemplate, List<String> compared) {
        var overviews = overviews(overviewTemplate, compared);
        return overviews.before(of(compared, overviews));
    }

    /** Each role's overview, looked for by the role's name: "what's the difference?" is in neither overview. */
    Reply overviews(Templates.IntentTemplate overviewTemplate, List<String> compared) {
        var parts = new ArrayList<String>();
        var sources = new ArrayList<Source>();
        for (var role : compared) {
            var overview = roleAnswers.overview(overviewTemplate, role, role, List.of());
            if (!overview.isEmpty()) {
                parts.add("**" + roleAnswers.label(role) + "**\n" + overview.passages());
                sources.addAll(overview.sources());
            }
        }
        return parts.isEmpty() ? Reply.NOTHING : new Reply(String.join("\n\n", parts), Reply.distinct(sources));
    }

    /**
     * The first few aspects, in the article's order, but those of the sections quoted already (each role's overview,
     * which are the same for every question on the two); nothing for roles of different articles.
     */
    private Reply of(List<String> compared, Reply overviews) {
        return this.compared.get(compared, roleList -> aspects(roleList, overviews));
    }

    private Reply aspects(List<String> compared, Reply overviews) {
        var quoted = overviews.sources();
        var article = roles.articleOnAll(compared);
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        var blocks = new ArrayList<String>();
        var sources = new ArrayList<Source>();
        var ownSections = ownSections(article.get(), compared);
        var aspectsOfOwn = new HashSet<String>();
        for (var section : article.get().sections()) {
            if (blocks.size() == MOST_ASPECTS) {
                break;
            }
            boolean quotedAlready = quoted.stream().anyMatch(source -> source.section().equals(section.heading()));
            var own = ownSections.get(section);
            var aspect = quotedAlready ? null
                    : own == null ? onEachApart(section, compared)
                    : aspectsOfOwn.add(own.aspect()) ? inOwnSections(own.aspect(), ownSections, compared)
                    : null;
            if (aspect != null) {
                blocks.add(block(own == null ? section.heading() : own.heading(), aspect, compared));
                aspect.from().forEach(from -> sources.add(Reply.source(from, Reply.BY_STRUCTURE)));
            }
        }
        var shared = sharedInRoleSections(article.get(), compared, overviews);
        for (var heading : shared.keySet()) {
            if (blocks.size() == MOST_ASPECTS) {
                break;
            }
            var aspect = shared.get(heading);
            blocks.add(block(heading, aspect, compared));
            aspect.from().forEach(from -> sources.add(Reply.source(from, Reply.BY_STRUCTURE)));
        }
        return blocks.isEmpty() ? Reply.NOTHING : new Reply(String.join("\n\n", blocks), Reply.distinct(sources));
    }

    private String block(String heading, Aspect aspect, List<String> compared) {
        var block = new StringBuilder("**" + Words.capitalised(heading) + "**");
        if (!aspect.shared().isEmpty()) {
            block.append("\n").append(aspect.shared());
        }
        for (int i = 0; i < compared.size(); i++) {
            block.append("\n- *").append(roleAnswers.label(compared.get(i))).append(":* ")
                    .append(aspect.sides().get(i));
        }
        return block.toString();
    }

    /** What one role's own section says of an aspect: under a subheading of its own or after a label. */
    private record Side(String aspect, String text, Section from) { }

    /**
     * Aspects that each role's own section ("## Lifeguards", "## Swimming instructors") tells under the same
     * subheading ("### Licensing") or after the same label ("**Qualification:** the National Pool Lifeguard
     * Qualification…"), by aspect, in the first role's order: the first sentences on it; not what the roles'
     * overviews quote already ("### What they do", "What they do: Zookeepers feed animals…").
     */
    private Map<String, Aspect> sharedInRoleSections(Article article, List<String> compared, Reply overviews) {
        var sidesByRole = new ArrayList<Map<String, Side>>();
        for (var role : compared) {
            var sides = new LinkedHashMap<String, Side>();
            for (var section : article.sections()) {
                var parent = section.parent();
                if (parent != null && finder.headingRoles(parent).equals(List.of(role))
                        && finder.headingRoles(section).isEmpty() && overviews.sources().stream()
                                .noneMatch(source -> source.section().equals(section.heading()))) {
                    sides.putIfAbsent(key(section.heading()), new Side(section.heading(), opening(section), section));
                } else if (finder.headingRoles(section).equals(List.of(role))) {
                    section.passages().forEach(passage -> finder.aspectLabel(passage).ifPresent(label ->
                            sides.putIfAbsent(key(label), new Side(label, afterLabel(passage, label), section))));
                }
            }
            sides.values().removeIf(side -> side.text().isEmpty() || overviews.passages().contains(side.text()));
            sidesByRole.add(sides);
        }
        var aspects = new LinkedHashMap<String, Aspect>();
        for (var aspect : sidesByRole.get(0).keySet()) {
            if (sidesByRole.stream().allMatch(sides -> sides.containsKey(aspect))) {
                var sides = sidesByRole.stream().map(bySide -> bySide.get(aspect)).toList();
                aspects.put(sides.get(0).aspect(), new Aspect("", sides.stream().map(Side::text).toList(),
                        sides.stream().map(Side::from).toList()));
            }
        }
        return aspects;
    }

    private static String key(String aspect) {
        return aspect.strip().toLowerCase(Locale.ROOT);
    }

    /** The first sentences of a labelled paragraph, less its label. */
    private String afterLabel(Passage passage, String label) {
        var said = String.join(" ", finder.sentences(passage).stream().limit(MOST_SENTENCES)
                .map(PassageFinder.Sentence::text).toList());
        return said.startsWith(label) ? ASPECT_AFTER_NAME.matcher(said.substring(label.length())).replaceFirst("")
                : said;
    }

    /**
     * A section of one role's own on an aspect, headed by the role's name and the aspect ("## Bank teller salary"),
     * as each role's may be ("## Personal banker salary").
     *
     * @param aspect  the rest of its heading, as compared with the others'
     * @param heading the same, as written
     */
    private record OwnSection(String role, String aspect, String heading) { }

    /** The article's sections whose heading opens with the name of one role compared and goes on to an aspect. */
    private Map<Section, OwnSection> ownSections(Article article, List<String> compared) {
        var own = new HashMap<Section, OwnSection>();
        for (var section : article.sections()) {
            var heading = section.heading();
            var named = section.level() >= 2 ? roles.mentions(heading) : List.<RoleCatalog.Mention>of();
            if (named.size() != 1 || named.get(0).start() != 0 || !compared.contains(named.get(0).role())) {
                continue;
            }
            var rest = ASPECT_AFTER_NAME.matcher(heading.substring(named.get(0).end())).replaceFirst("").strip();
            if (!rest.isEmpty()) {
                own.put(section, new OwnSection(named.get(0).role(), rest.toLowerCase(Locale.ROOT), rest));
            }
        }
        return own;
    }

    /**
     * An aspect each role has a section of its own on: the first sentences of each (or the first items of its list),
     * side by side; null unless every role has one.
     */
    private Aspect inOwnSections(String aspect, Map<Section, OwnSection> own, List<String> compared) {
        var sides = new ArrayList<String>();
        var from = new ArrayList<Section>();
        for (var role : compared) {
            var section = own.entrySet().stream()
                    .filter(e -> e.getValue().role().equals(role) && e.getValue().aspect().equals(aspect))
                    .map(Map.Entry::getKey).findFirst();
            var side = section.map(this::opening).orElse("");
            if (side.isEmpty()) {
                return null;
            }
            sides.add(side);
            from.add(section.get());
        }
        return new Aspect("", sides, from);
    }

    /**
     * The first sentences of a section's paragraphs, or else the first items of its list, or the headings of the
     * subsections its last paragraph introduces ("A business analyst's duties typically include:"), as one line.
     */
    private String opening(Section section) {
        var sentences = new ArrayList<String>();
        var items = new ArrayList<String>();
        for (var passage : section.passages()) {
            if (passage.kind() == Passage.Kind.LIST_ITEM) {
                items.add(passage.text());
            } else if (passage.kind() != Passage.Kind.PARAGRAPH || !section.listAfter(passage).isEmpty()) {
                continue; // a list's lead-in: its items follow
            } else if (passage.text().endsWith(":")) {
                items.addAll(section.introducedBy(passage));
            } else {
                finder.sentences(passage).stream().limit(MOST_SENTENCES - sentences.size())
                        .forEach(sentence -> sentences.add(sentence.text()));
            }
        }
        return sentences.isEmpty() ? String.join("; ", items.stream().limit(MOST_ITEMS).toList())
                : String.join(" ", sentences);
    }

    /**
     * An aspect of the roles' differences: what a section says of them all at once ("Both start with a bachelor's
     * degree and four years of dental school"), if anything, and of each apart.
     */
    private record Aspect(String shared, List<String> sides, List<Section> from) { }

    /**
     * What the paragraphs of a section below the title, under headings naming none of the roles, and the items of a
     * list of its with no lead-in ("**Tier 1:** a high-school diploma…"), say of each apart (the first sentences on
     * each), after the first they say of all at once; null unless they say something of every one.
     */
    private Aspect onEachApart(Section section, List<String> compared) {
        if (section.level() < 2) {
            return null;
        }
        for (var s = section; s != null && s.level() >= 2; s = s.parent()) {
            if (!finder.headingRoles(s).isEmpty()) {
                return null;
            }
        }
        var sides = compared.stream().map(role -> new ArrayList<String>()).toList();
        String shared = "";
        for (var passage : section.passages()) {
            if (!section.listAfter(passage).isEmpty()) {
                continue; // a list's lead-in ("Pros of being a PA:") says little without the list
            }
            if (passage.kind() == Passage.Kind.LIST_ITEM && section.introOf(passage).isPresent()) {
                // "Hospitals and long-term care homes" under "Dietitian:" would run on into the next item; the steps
                // under "Becoming a psychologist:" that name its field are not the whole way.
                continue;
            }
            var byRole = roleAnswers.sentencesByRole(passage, compared);
            if (shared.isEmpty()) {
                shared = finder.sentences(passage).stream().filter(s -> s.roles().isEmpty())
                        .map(PassageFinder.Sentence::text).filter(Passage::saysOfEveryRole).findFirst().orElse("");
            }
            // "Penetration tester: A typical engagement…" comes under the role's name without it.
            var label = passage.label().filter(l -> !roles.rolesIn(l).isEmpty()).map(l -> l + ": ").orElse("");
            for (int i = 0; i < compared.size(); i++) {
                var side = sides.get(i);
                byRole.get(i).stream().limit(MOST_SENTENCES - side.size()).map(s -> s.text().startsWith(label)
                        ? s.text().substring(label.length()) : s.text()).forEach(side::add);
            }
        }
        return sides.stream().anyMatch(List::isEmpty) ? null
                : new Aspect(shared, sides.stream().map(side -> String.join(" ", side)).toList(), List.of(section));
    }
}

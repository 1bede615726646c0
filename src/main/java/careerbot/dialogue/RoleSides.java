package careerbot.dialogue;

import careerbot.dialogue.Sides.Said;
import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.nlu.Intent;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Where the sentences career advice weighs come from ({@link Sides} scores them): what a section, or a whole article,
 * says of each of two roles alone.
 */
@Singleton
final class RoleSides {

    private static final int REMEMBERED_PAIRS = 1_000;
    private static final int REMEMBERED_SENTENCES = 100_000;

    private final PassageFinder finder;
    private final RoleAnswers roleAnswers;
    private final SentenceSubjects subjects;
    private final RoleCatalog roles;
    /** What an article says of each of two roles alone: the same for every question about them, so worked out once. */
    private final Cache<List<String>, Map<String, List<Said>>> alone =
            Caffeine.newBuilder().maximumSize(REMEMBERED_PAIRS).build();
    private final Cache<List<String>, Optional<Section>> advising =
            Caffeine.newBuilder().maximumSize(REMEMBERED_PAIRS).build();
    /** What a sentence says only to deny it, by its text: the same for every question. */
    private final Cache<String, Denial> denials = Caffeine.newBuilder().maximumSize(REMEMBERED_SENTENCES).build();
    /** The words before which a sentence denies what follows ("do not diagnose"): templates.yml's dislike. */
    private final Set<String> denying;

    RoleSides(PassageFinder finder, RoleAnswers roleAnswers, SentenceSubjects subjects, KnowledgeBase knowledge,
              AnswerWriter writer) {
        this.finder = finder;
        this.roleAnswers = roleAnswers;
        this.subjects = subjects;
        this.roles = knowledge.roles();
        this.denying = Set.copyOf(writer.templates().of(Intent.CAREER_ADVICE).findList("dislike"));
    }

    /**
     * The first section of the roles' article that, whatever its heading ("Final thoughts"), advises on each of them
     * apart: "If you enjoy hands-on building and automation, start as a cloud engineer. If you prefer design…, aim for
     * a cloud architect role."
     */
    Optional<Section> advisingEach(List<String> candidates) {
        var article = roles.articleOnAll(candidates);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        return advising.get(candidates, pair -> article.get().sections().stream()
                .filter(section -> section.level() >= 2 && in(section, pair).values().stream()
                        .allMatch(said -> said.stream().anyMatch(s -> subjects.advises(s.sentence().text()))))
                .findFirst());
    }

    /** The sentences of a section that name one of the roles and not the other. */
    Map<String, List<Said>> in(Section section, List<String> candidates) {
        var sides = Sides.empty(candidates);
        for (var passage : section.passages()) {
            var split = roleAnswers.sentencesByRole(passage, candidates);
            for (int i = 0; i < candidates.size(); i++) {
                var side = sides.get(candidates.get(i));
                split.get(i).forEach(s -> side.add(new Said(s, passage)));
            }
        }
        return sides;
    }

    /**
     * Which role fits the interests, by a section's sentences (if there is a section), else by what the article says
     * of one role alone; by the latter too when it tells more of the user's words apart ("I like talking to
     * customers": "customers" in the differences, "talking to customers, product management may suit you" in the
     * final thoughts). Null when none does. What the user likes is not what a sentence denies a role: "They do not
     * diagnose patients" fits no one who wants to diagnose (what they dislike, it spares that role: see {@link
     * Denial}).
     */
    Sides.Fit fit(Set<String> interests, List<String> candidates, Section section, int tellingWordsAlone,
                  boolean liked) {
        if (interests.isEmpty()) {
            return null;
        }
        UnaryOperator<Map<String, List<Said>>> weighed = liked ? sides -> affirming(sides, interests) : sides -> sides;
        var fit = section == null ? null
                : Sides.bestFit(interests, candidates, weighed.apply(in(section, candidates)), false);
        if (fit != null && fit.words() >= interests.size()) {
            return fit; // nothing the whole article could add
        }
        var alone = Sides.bestFit(interests, candidates, weighed.apply(alone(candidates)), true);
        // A whole article shares a stray word with most questions ("programming" with "programs"): a fit takes two
        // telling words, or one the role's side says again and again ("dashboards").
        alone = alone != null && (alone.words() >= tellingWordsAlone || alone.themes() > 0) ? alone : null;
        return fit == null || alone != null && alone.words() > fit.words() ? alone : fit;
    }

    /** The sentences of each side less those that hold the interests only to deny them; the sides if none does. */
    private Map<String, List<Said>> affirming(Map<String, List<Said>> sides, Set<String> interests) {
        Predicate<Said> denies = said -> holdsAny(said.sentence().terms(), interests)
                && denial(said.sentence().text()).onlyDenies(interests);
        if (sides.values().stream().flatMap(List::stream).noneMatch(denies)) {
            return sides; // most questions: no sentence holding what the user likes denies it
        }
        var kept = new LinkedHashMap<String, List<Said>>();
        sides.forEach((role, said) -> kept.put(role, said.stream().filter(denies.negate()).toList()));
        return kept;
    }

    private static boolean holdsAny(Set<String> terms, Set<String> wanted) {
        for (var term : wanted) { // the user's few words, not the sentence's many
            if (terms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private Denial denial(String sentence) {
        return denials.get(sentence, text -> Denial.of(text, denying, finder::indexTerms));
    }

    /** What the roles' article says of each alone (none for roles of different articles), worked out once a pair. */
    Map<String, List<Said>> alone(List<String> candidates) {
        var article = roles.articleOnAll(candidates);
        if (article.isEmpty()) {
            return Sides.empty(candidates);
        }
        return alone.get(candidates, pair -> saidAlone(article.get(), pair));
    }

    /**
     * What the article says of each role alone: every sentence of a passage about one of them, whatever other role it
     * names ("Paralegals support lawyers by researching cases" under "What does a paralegal do?", "… so that the
     * pharmacist can spend time with patients" under the technician's), the sentences of a passage about both that
     * name only one ("Data engineers need strong SQL"), and each role's cell of a table's row.
     */
    private Map<String, List<Said>> saidAlone(Article article, List<String> candidates) {
        var sides = Sides.empty(candidates);
        for (var section : article.sections()) {
            var headed = headedBy(section, candidates);
            for (var passage : section.passages()) {
                for (var cell : passage.cells()) {
                    if (candidates.contains(cell.role())) {
                        // Its words, not the role's name it is written after ("Backend developer: Servers and data").
                        var said = new PassageFinder.Sentence(cell.text(), List.of(cell.role()),
                                finder.indexTerms(cell.text().substring(cell.text().indexOf(": ") + 1)));
                        sides.get(cell.role()).add(new Said(said, passage));
                    }
                }
                var about = candidates.stream().filter(passage.roles()::contains).toList();
                // An item is on the role its lead-in names: "Storytelling" under "Brand managers need:".
                boolean roleNamed = passage.kind() == Passage.Kind.LIST_ITEM;
                for (var sentence : finder.sentences(passage)) {
                    var named = candidates.stream().filter(sentence.roles()::contains).toList();
                    roleNamed |= !named.isEmpty();
                    // Before its role is named, a sentence is on it only under a heading naming it: "If you like being
                    // outdoors…, start with patrol. If you are patient…, aim for detective work." is not the
                    // detective's first.
                    boolean onIt = roleNamed || about.size() == 1 && headed.contains(about.get(0));
                    var of = about.size() == 1 && onIt ? about : named.size() == 1 ? named : List.<String>of();
                    if (of.size() == 1) {
                        sides.get(of.get(0)).add(new Said(sentence, passage));
                    }
                }
            }
        }
        return sides;
    }

    /** The roles the headings over a section name, the article's title aside (it names both). */
    private List<String> headedBy(Section section, List<String> candidates) {
        var named = new ArrayList<String>();
        for (var s = section; s != null && s.level() >= 2; s = s.parent()) {
            finder.headingRoles(s).stream().filter(candidates::contains).forEach(named::add);
        }
        return named;
    }
}

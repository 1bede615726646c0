package careerbot.dialogue;

import careerbot.knowledge.Article;
import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.Passage;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.knowledge.Words;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What an article's introduction says a role is, when no section is on it: "A web designer decides how a website looks
 * and feels…", and what follows on it alone, up to a sentence that names another role first.
 */
@Singleton
final class RoleIntroductions {

    /** Words that make two roles one subject: "architects and civil engineers". */
    private static final Set<String> JOINING = Set.of("and", "or", "nor", "vs", "versus");
    /** Words that may stand before the role a sentence introduces: "A", "An", "The". */
    private static final int WORDS_BEFORE_THE_ROLE = 1;
    /** A label a sentence opens with: "TL;DR: ", "In short: ". */
    private static final Pattern LEADING_LABEL = Pattern.compile("^[^:]{1,40}:\\s*");

    private final PassageFinder finder;
    private final RoleCatalog roles;

    RoleIntroductions(PassageFinder finder, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roles = knowledge.roles();
    }

    Reply of(String role) {
        var article = roles.articleOf(role);
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        var introduction = article.get().sections().stream().filter(s -> s.level() == 1).findFirst();
        if (introduction.isEmpty()) {
            return Reply.NOTHING;
        }
        for (var passage : introduction.get().passages()) {
            var said = introducing(passage, role);
            if (!said.isEmpty()) {
                return new Reply(String.join(" ", said), List.of(Reply.source(passage, Reply.BY_STRUCTURE)));
            }
        }
        return Reply.NOTHING;
    }

    /**
     * What the first paragraph of a section below the title says of the role, when it starts with the role ("##
     * Starting at the bottom": "A commis chef is the most junior cook in a brigade…"), or with another and then the
     * role ("## The roles in brief": "A journalist researches… A PR specialist shapes…"): where an article whose
     * headings name no role says what one is.
     *
     * @param eligible the sections that may say it: not an FAQ's, which asks something else of the role
     */
    Reply opening(String role, Predicate<Section> eligible) {
        var article = roles.articleOf(role);
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        for (var section : article.get().sections()) {
            var first = section.passages().stream().findFirst();
            if (section.level() < 2 || first.isEmpty() || first.get().kind() != Passage.Kind.PARAGRAPH
                    || !startsWithARole(finder.sentences(first.get()).get(0), article.get())
                    || !eligible.test(section)) {
                continue;
            }
            var said = introducing(first.get(), role);
            if (!said.isEmpty()) {
                return new Reply(String.join(" ", said), List.of(Reply.source(section, Reply.BY_STRUCTURE)));
            }
        }
        return Reply.NOTHING;
    }

    /** Whether a sentence starts with one of its article's roles, as a paragraph introducing them in turn does. */
    private boolean startsWithARole(PassageFinder.Sentence sentence, Article article) {
        return article.roles().stream().anyMatch(r -> startsWith(sentence, r.name()));
    }

    /**
     * The sentences of a paragraph from the one that starts with the role, or the clause of one that does ("…, while
     * an interior decorator furnishes and styles spaces"), while they name no other role.
     */
    private List<String> introducing(Passage passage, String role) {
        var said = new ArrayList<String>();
        if (passage.kind() != Passage.Kind.PARAGRAPH) {
            return said;
        }
        for (var sentence : finder.sentences(passage)) {
            if (said.isEmpty() ? startsWith(sentence, role) : sentence.roles().stream().allMatch(role::equals)) {
                said.add(said.isEmpty() ? fromTheRole(sentence, role) : sentence.text());
            } else if (!said.isEmpty()) {
                break;
            } else if (sentence.roles().contains(role)) {
                finder.contrasted(sentence).stream().filter(clause -> startsWith(clause, role)).findFirst()
                        .ifPresent(clause -> said.add(clause.text()));
            }
        }
        return said;
    }

    /**
     * Whether the sentence starts with the role it is on, past a label ("TL;DR: A social media manager runs…"): "A web
     * designer decides…", not "Like a web designer, …" nor "Myth: Decorators are just designers…".
     */
    private boolean startsWith(PassageFinder.Sentence sentence, String role) {
        if (Passage.MYTH.matcher(sentence.text()).lookingAt()) {
            return false; // what a role is not
        }
        return mentionOn(sentence, role).map(mention -> sentence.text().substring(0, mention.start()))
                .filter(before -> Words.of(LEADING_LABEL.matcher(before).replaceFirst("")).size()
                        <= WORDS_BEFORE_THE_ROLE)
                .isPresent();
    }

    /**
     * Whether a sentence is on the role: the first it names, alone ("A web developer turns that design into…"), not
     * joined to another ("Registered nurses and nurse practitioners both care for patients").
     */
    boolean isOn(PassageFinder.Sentence sentence, String role) {
        return mentionOn(sentence, role).isPresent();
    }

    /** A sentence that starts with the role less the label before it: "A social media manager runs…" of "TL;DR: …". */
    private String fromTheRole(PassageFinder.Sentence sentence, String role) {
        var text = sentence.text();
        var label = LEADING_LABEL.matcher(text);
        boolean labelled = label.lookingAt()
                && mentionOn(sentence, role).filter(mention -> mention.start() >= label.end()).isPresent();
        return labelled ? text.substring(label.end()) : text;
    }

    /** The sentence's first mention, when it is of the role and not joined to another. */
    private Optional<RoleCatalog.Mention> mentionOn(PassageFinder.Sentence sentence, String role) {
        if (sentence.roles().isEmpty() || !sentence.roles().get(0).equals(role)) {
            return Optional.empty();
        }
        var mention = roles.mentions(sentence.text()).get(0);
        var after = Words.of(sentence.text().substring(mention.end()));
        return after.isEmpty() || !JOINING.contains(after.get(0).text()) ? Optional.of(mention) : Optional.empty();
    }
}

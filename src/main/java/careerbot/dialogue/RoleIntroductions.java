package careerbot.dialogue;

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
     * Starting at the bottom": "A commis chef is the most junior cook in a brigade…"): where an article whose
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
                    || !startsWith(finder.sentences(first.get()).get(0), role) || !eligible.test(section)) {
                continue;
            }
            var said = introducing(first.get(), role);
            if (!said.isEmpty()) {
                return new Reply(String.join(" ", said), List.of(Reply.source(section, Reply.BY_STRUCTURE)));
            }
        }
        return Reply.NOTHING;
    }

    /** The sentences of a paragraph from the one that starts with the role, while they name no other role. */
    private List<String> introducing(Passage passage, String role) {
        var said = new ArrayList<String>();
        if (passage.kind() != Passage.Kind.PARAGRAPH) {
            return said;
        }
        for (var sentence : finder.sentences(passage)) {
            if (said.isEmpty() ? startsWith(sentence, role) : sentence.roles().stream().allMatch(role::equals)) {
                said.add(sentence.text());
            } else if (!said.isEmpty()) {
                break;
            }
        }
        return said;
    }

    /**
     * Whether the sentence starts with the role it is on: "A web designer decides…", not "Like a web designer, …".
     */
    private boolean startsWith(PassageFinder.Sentence sentence, String role) {
        return mentionOn(sentence, role).filter(mention -> Words.of(sentence.text().substring(0, mention.start()))
                .size() <= WORDS_BEFORE_THE_ROLE).isPresent();
    }

    /**
     * Whether a sentence is on the role: the first it names, alone ("A web developer turns that design into…"), not
     * joined to another ("Registered nurses and nurse practitioners both care for patients").
     */
    boolean isOn(PassageFinder.Sentence sentence, String role) {
        return mentionOn(sentence, role).isPresent();
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

package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.function.Predicate;

/** The sentences of a role's article that say one thing, wherever they stand: where it leads, how one moves into it. */
@Singleton
final class ArticleSentences {

    private final PassageFinder finder;
    private final RoleCatalog roles;

    ArticleSentences(PassageFinder finder, KnowledgeBase knowledge) {
        this.finder = finder;
        this.roles = knowledge.roles();
    }

    /** The first sentences of the role's article that a test picks, at most so many, each with its passage's source. */
    Reply picked(String role, Predicate<PassageFinder.Sentence> picked, int most) {
        var quoted = new ArrayList<String>();
        var sources = new ArrayList<Source>();
        roles.articleOf(role).ifPresent(article -> article.sections().stream()
                .flatMap(section -> section.passages().stream())
                .forEach(passage -> finder.sentences(passage).stream()
                        .filter(sentence -> quoted.size() < most && picked.test(sentence))
                        .forEach(sentence -> {
                            quoted.add(sentence.text());
                            sources.add(Reply.source(passage, Reply.BY_STRUCTURE));
                        })));
        return quoted.isEmpty() ? Reply.NOTHING : new Reply(String.join(" ", quoted), Reply.distinct(sources));
    }
}

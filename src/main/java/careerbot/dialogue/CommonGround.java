package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Section;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What two roles have in common ("what do PTs and OTs have in common?"): the sentences of their article that say
 * something of both at once ("Both need a state license"). Their differences are {@link RoleComparison#of}'s.
 */
@Singleton
final class CommonGround {

    /** Enough to show what the roles share without quoting every "both" of a long article. */
    private static final int MOST_SENTENCES = 4;

    private final PassageFinder finder;
    private final AnswerWriter writer;
    private final RoleCatalog roles;
    private final SentenceSubjects subjects;

    CommonGround(PassageFinder finder, AnswerWriter writer, KnowledgeBase knowledge, SentenceSubjects subjects) {
        this.finder = finder;
        this.writer = writer;
        this.roles = knowledge.roles();
        this.subjects = subjects;
    }

    /** The reply to a question on what its two roles share, or that the articles don't say. */
    Answer answer(AnswerComposer.Question q, Map<String, String> values) {
        var templates = writer.templates();
        var comparison = templates.of(Intent.ROLE_COMPARISON);
        var u = q.understanding();
        var topic = u.topicWords().stream().filter(w -> !comparison.findList("alike").contains(w)).toList();
        var shared = of(q.roles().get(0), q.roles().get(1), topic);
        var comparing = new AnswerComposer.Question(Intent.ROLE_COMPARISON, q.roles(), u, q.text(), q.turn());
        if (shared.isEmpty()) {
            return writer.notCovered(comparing, "what the " + values.get("roles") + " roles have in common", values);
        }
        writer.putRetrieved(values, shared);
        return writer.answer(comparing, templates.reply("in_common", q.turn()), shared.sources(), values);
    }

    /**
     * In reading order, the sentences holding a word that marks what is shared ({@code find: shared}: "both",
     * "similar") and naming neither role without the other, under headings not about one of them alone ("they share
     * their schedules" under "What does a plumber do?" is not common ground); of those, the ones on the question's
     * topic if any is ("what skills do they share?": under "Skills"). Nothing for roles of different articles: none
     * compares them.
     *
     * @param topic the question's words beyond the roles and the ways of asking, perhaps none
     */
    private Reply of(String first, String second, List<String> topic) {
        var article = roles.articleOnAll(List.of(first, second));
        if (article.isEmpty()) {
            return Reply.NOTHING;
        }
        var pair = List.of(first, second);
        var shared = new ArrayList<Sides.Said>();
        for (var section : article.get().sections()) {
            if (namesOneOf(headingRoles(section), pair)) {
                continue;
            }
            for (var passage : section.passages()) {
                for (var sentence : finder.sentences(passage)) {
                    if (!namesOneOf(sentence.roles(), pair) && subjects.speaksOfBoth(sentence)) {
                        shared.add(new Sides.Said(sentence, passage));
                    }
                }
            }
        }
        var topicTerms = finder.questionTerms(String.join(" ", topic));
        var onTopic = shared.stream().filter(said -> holdsAny(said.sentence().terms(), topicTerms)
                || holdsAny(finder.headingIndexTerms(said.section()), topicTerms)).toList();
        var quoted = (onTopic.isEmpty() ? shared : onTopic).stream().limit(MOST_SENTENCES).toList();
        var lines = quoted.stream().map(said -> "- " + said.sentence().text()).toList();
        var sources = quoted.stream().map(said -> Reply.source(said.section(), Reply.BY_STRUCTURE)).toList();
        return lines.isEmpty() ? Reply.NOTHING : new Reply(String.join("\n", lines), Reply.distinct(sources));
    }

    /** The roles named by the nearest heading that names any: a title names both, "What does a plumber do?" one. */
    private List<String> headingRoles(Section section) {
        for (var s = section; s != null; s = s.parent()) {
            var named = finder.headingRoles(s);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    private static boolean namesOneOf(Collection<String> named, List<String> pair) {
        return named.contains(pair.get(0)) != named.contains(pair.get(1));
    }

    private static boolean holdsAny(Set<String> terms, Set<String> wanted) {
        return wanted.stream().anyMatch(terms::contains);
    }
}

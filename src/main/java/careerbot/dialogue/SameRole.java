package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A comparison of a role with itself under another of its names ("is a sonographer the same as an ultrasound
 * technician?"): the article's front matter lists both names for one role, which is the answer ({@code same_role}),
 * with what the role is. Or of one role with another it may be ("is an orthodontist a dentist?"), which a sentence
 * of their article may say.
 */
@Singleton
final class SameRole {

    private static final Set<String> COPULAS = Set.of("is", "are");
    /** Words from "is" to the role it says the other is, that included: "is also a dentist". */
    private static final int WORDS_TO_THE_OTHER = 4;

    private final RoleCatalog roles;
    private final RoleAnswers roleAnswers;
    private final AnswerWriter writer;
    private final PassageFinder finder;
    private final Set<String> beingWords;

    SameRole(KnowledgeBase knowledge, RoleAnswers roleAnswers, AnswerWriter writer, PassageFinder finder) {
        this.roles = knowledge.roles();
        this.roleAnswers = roleAnswers;
        this.writer = writer;
        this.finder = finder;
        this.beingWords = Set.copyOf(writer.templates().of(Intent.ROLE_COMPARISON).findList("one_is_the_other"));
    }

    /**
     * Whether the first role asked is the second, as the first sentence of their article that names the first, then
     * "is" or "are", then the second says it ("Every orthodontist is a dentist, but only about 6% of dentists are
     * orthodontists."), else the answer under a heading that asks it ("Is a scrum master the same as a project
     * manager?"); none when the question asks anything else or the article doesn't say.
     */
    Optional<Answer> oneIsTheOther(AnswerComposer.Question q) {
        if (q.roles().size() != 2) {
            return Optional.empty();
        }
        var words = Words.of(q.text());
        if (words.isEmpty() || !COPULAS.contains(words.get(0).text())) {
            return Optional.empty();
        }
        var mentions = roles.mentions(q.text(), words);
        if (!asksOnlyWhetherOneIsTheOther(words, mentions)) {
            return Optional.empty();
        }
        var first = mentions.get(0).role();
        var second = mentions.get(1).role();
        return roles.articleOf(first).flatMap(article -> article.sections().stream()
                .flatMap(section -> section.passages().stream())
                .flatMap(passage -> finder.sentences(passage).stream()
                        .filter(sentence -> says(sentence.text(), first, second))
                        .map(sentence -> new Reply(sentence.text(),
                                List.of(Reply.source(passage, Reply.BY_STRUCTURE)))))
                .findFirst()
                .or(() -> article.sections().stream()
                        .filter(section -> section.level() >= 2 && asks(section.heading(), first, second))
                        .map(section -> RoleParagraphs.firstParagraphs(section, Reply.BY_STRUCTURE))
                        .filter(reply -> !reply.isEmpty())
                        .findFirst()))
                .map(said -> writer.matched(q, Intent.ROLE_COMPARISON, said, writer.values(q.roles())));
    }

    /**
     * Whether a text, after its "is" or "are", names two roles and says nothing else but articles and the words that
     * ask whether one is the other ({@code find: one_is_the_other}: "the same as", "a kind of"): "is an orthodontist
     * a dentist?".
     */
    private boolean asksOnlyWhetherOneIsTheOther(List<Words.Word> words, List<RoleCatalog.Mention> mentions) {
        return mentions.size() == 2 && words.stream().allMatch(w -> COPULAS.contains(w.text())
                || Words.ARTICLES.contains(w.text()) || beingWords.contains(w.text())
                || mentions.stream().anyMatch(m -> m.start() <= w.start() && w.end() <= m.end()));
    }

    /** Whether a heading asks whether the first role is the second, in that order, and nothing else. */
    private boolean asks(String heading, String first, String second) {
        var words = Words.of(heading);
        if (words.isEmpty() || !COPULAS.contains(words.get(0).text())) {
            return false;
        }
        var mentions = roles.mentions(heading, words);
        return asksOnlyWhetherOneIsTheOther(words, mentions) && mentions.get(0).role().equals(first)
                && mentions.get(1).role().equals(second);
    }

    /**
     * Whether a sentence names the first role, then "is" or "are" right after it, then the second within a few words
     * ("is a dentist", "are also orthodontists"); not "A dentist is the first stop for most patients; orthodontists
     * see them later".
     */
    private boolean says(String sentence, String first, String second) {
        var words = Words.of(sentence);
        var mentions = roles.mentions(sentence, words);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            int end = mentions.get(i).end();
            var after = words.stream().filter(w -> w.start() >= end).toList();
            int nextStart = mentions.get(i + 1).start();
            boolean near = after.stream().limit(WORDS_TO_THE_OTHER).anyMatch(w -> w.start() == nextStart);
            if (mentions.get(i).role().equals(first) && !after.isEmpty() && COPULAS.contains(after.get(0).text())
                    && near && mentions.get(i + 1).role().equals(second)) {
                return true;
            }
        }
        return false;
    }

    /** The answer, when the question compares one role named two ways and nothing else; none otherwise. */
    Optional<Answer> answer(AnswerComposer.Question q) {
        var u = q.understanding();
        if (q.intent() != Intent.ROLE_COMPARISON || u.roles().size() != 1 || !u.topicWords().isEmpty()) {
            return Optional.empty();
        }
        var role = u.roles().get(0);
        var names = namesUsed(roles, q.text(), role);
        if (names.size() < 2) {
            return Optional.empty();
        }
        var overviewTemplate = writer.templates().of(Intent.ROLE_OVERVIEW);
        var overview = roleAnswers.overview(overviewTemplate, role, roles.title(role), List.of());
        var asOverview = new AnswerComposer.Question(Intent.ROLE_OVERVIEW, List.of(role), u, q.text(), q.turn());
        Map<String, String> values = writer.values(List.of(role));
        values.put("term", "“" + names.get(0) + "” and “" + names.get(1) + "”");
        writer.putRetrieved(values, overview);
        return Optional.of(writer.answer(asOverview, writer.templates().reply("same_role", q.turn()),
                overview.sources(), values));
    }

    /**
     * The names a text calls a role by, as written, one each whatever its case: "sonographer" and "ultrasound
     * technician" in "Is a sonographer the same as an ultrasound technician?".
     */
    static List<String> namesUsed(RoleCatalog roles, String text, String role) {
        var names = new ArrayList<String>();
        for (var mention : roles.mentions(text)) {
            var name = text.substring(mention.start(), mention.end());
            if (mention.role().equals(role) && names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return names;
    }
}

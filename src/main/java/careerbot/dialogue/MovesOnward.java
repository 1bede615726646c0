package careerbot.dialogue;

import careerbot.knowledge.KnowledgeBase;
import careerbot.knowledge.RoleCatalog;
import careerbot.knowledge.Words;
import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where one role leads ("what can internal auditors become?", asked after the role with a word of moving, or "what
 * comes after SDET?", in a way of asking onward, {@code career_advice}'s {@code find: onward}): the sentences of its
 * article that name it first and, after it, a word of moving ({@code find: moving}): "Internal auditors often become
 * risk managers, compliance heads or finance directors". Not the way into the role, which a question names after its
 * word of moving ("how do I become an internal auditor?").
 */
@Singleton
final class MovesOnward {

    private static final int MOST_SENTENCES = 2;

    private final PassageFinder finder;
    private final ArticleSentences sentences;
    private final AnswerWriter writer;
    private final RoleCatalog roles;
    private final MoveWording wording;
    /** The words of moving, as a question writes them ("become", "promoted"). */
    private final Set<String> moving;
    /** Ways of asking where a role leads without a word of moving ("what comes after…"), lower case. */
    private final List<String> onward;

    MovesOnward(PassageFinder finder, ArticleSentences sentences, AnswerWriter writer, KnowledgeBase knowledge,
                MoveWording wording) {
        this.finder = finder;
        this.sentences = sentences;
        this.writer = writer;
        this.roles = knowledge.roles();
        this.wording = wording;
        var advice = writer.templates().of(Intent.CAREER_ADVICE);
        this.moving = Set.copyOf(advice.findList("moving"));
        this.onward = advice.findList("onward").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** What the role's article says it leads to, when the question asks that of one role; else empty. */
    Optional<Answer> answer(AnswerComposer.Question q) {
        if (q.roles().size() != 1) {
            return Optional.empty();
        }
        var lower = q.text().toLowerCase(Locale.ROOT);
        boolean asksOnward = onward.stream().anyMatch(lower::contains);
        if (!asksOnward && !mayMove(lower)) {
            return Optional.empty(); // most questions: not read again
        }
        var role = q.roles().get(0);
        var words = Words.of(q.text());
        var mentions = roles.mentions(q.text(), words);
        if (mentions.size() != 1
                || !asksOnward && !movesAfter(words, mentions.get(0), w -> moving.contains(w.text()))) {
            return Optional.empty();
        }
        var found = sentences.picked(role, sentence -> leadsOn(sentence, role), MOST_SENTENCES);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var advising = new AnswerComposer.Question(Intent.CAREER_ADVICE, q.roles(), q.understanding(), q.text(),
                q.turn());
        return Optional.of(writer.sentencesFound(advising, found, writer.values(q.roles())));
    }

    /** Whether the text holds a word of moving, perhaps inside another: a check that allocates almost nothing. */
    private boolean mayMove(String lower) {
        for (var word : moving) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of moving follows the role's mention: "what can internal auditors become?". */
    private static boolean movesAfter(List<Words.Word> words, RoleCatalog.Mention mention,
                                      Predicate<Words.Word> moves) {
        return words.stream().anyMatch(w -> w.start() >= mention.end() && moves.test(w));
    }

    /**
     * Whether a sentence names the role first, before a word of moving: "Internal auditors often become risk
     * managers…", "External auditors usually qualify as CPAs…, and many move into industry…", "Many QA testers
     * move into SDET roles…"; not "Many optometry students worked as opticians first", nor a sentence on the move
     * into the role.
     */
    private boolean leadsOn(PassageFinder.Sentence sentence, String role) {
        if (sentence.roles().isEmpty() || !sentence.roles().get(0).equals(role)
                || !wording.holdsAMarker(sentence.terms())) {
            return false;
        }
        var words = Words.of(sentence.text());
        var mentions = roles.mentions(sentence.text(), words);
        return !mentions.isEmpty() && mentions.get(0).role().equals(role)
                && movesAfter(words, mentions.get(0), w -> wording.holdsAMarker(finder.indexTerms(w.text())))
                && !wording.movesInto(sentence.text(), words, mentions, role);
    }
}

package careerbot.dialogue;

import careerbot.nlu.Intent;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * What a message says of comparing roles, in the words of {@code role_comparison}'s {@code find}: that it asks what
 * they share, which of them is more of something, or how they differ and nothing else.
 */
@Singleton
final class ComparisonCues {

    private final Templates.IntentTemplate comparing;

    ComparisonCues(AnswerWriter writer) {
        this.comparing = writer.templates().of(Intent.ROLE_COMPARISON);
    }

    /** Whether a message asks what two roles have in common ("how are they alike?"). */
    boolean asksWhatIsShared(String message) {
        return comparing.asksWhatIsShared(message);
    }

    /** Whether a message asks which of two roles is more of something ("which earns more?"). */
    boolean asksWhichOfThem(String message) {
        return comparing.asksWhichOfThem(message);
    }

    /** Whether a message's topic words are only words of {@code comparatives} ("higher" in "which is higher?"). */
    boolean comparesOnly(List<String> topicWords) {
        return comparing.findList("comparatives").containsAll(topicWords);
    }

    /**
     * Whether a message asks how roles differ and nothing else: a word of {@code unlike} ("apart", "versus"), and no
     * topic word but those ("versus" may be one).
     */
    boolean asksOnlyHowTheyDiffer(String message, List<String> topicWords) {
        return comparing.findList("unlike").containsAll(topicWords) && comparing.asksHowTheyDiffer(message);
    }
}

package careerbot.dialogue;

import careerbot.nlu.Intent;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a follow-up needs of the conversation so far: the last intent and the roles it was about.
 * Small on purpose, so a shared store can keep millions of them.
 */
@Serdeable
public record Conversation(String id, Intent lastIntent, List<String> lastRoles, int turns) {

    public static Conversation start(String id) {
        return new Conversation(id, null, List.of(), 0);
    }

    Conversation next(Intent intent, List<String> roles) {
        boolean keepsContext = intent != Intent.OUT_OF_SCOPE && !intent.isSmallTalk();
        return new Conversation(id, keepsContext ? intent : lastIntent, roles.isEmpty() ? lastRoles : roles, turns + 1);
    }
}

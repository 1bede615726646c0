package careerbot.dialogue;

import careerbot.nlu.Intent;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a follow-up needs of the conversation so far: the last intent, the roles it was about and the topic words its
 * answer was about, if any ("what education do they need?" → "and for a nurse practitioner?"), and the roles talked
 * about before those ("what does a copywriter do?" → "and a product owner?" → "how do they differ?").
 * Small on purpose, so a shared store can keep millions of them.
 */
@Serdeable
public record Conversation(String id, Intent lastIntent, List<String> lastRoles, int turns, List<String> lastTopic,
                           List<String> earlierRoles) {

    public static Conversation start(String id) {
        return new Conversation(id, null, List.of(), 0, List.of(), List.of());
    }

    Conversation next(Answer answer) {
        var intent = answer.intent();
        boolean keepsContext = intent != Intent.OUT_OF_SCOPE && !intent.isSmallTalk();
        var roles = intent == Intent.OUT_OF_SCOPE ? List.<String>of() : answer.roles();
        boolean newRoles = !roles.isEmpty() && !roles.equals(lastRoles);
        return new Conversation(id, keepsContext ? intent : lastIntent, newRoles ? roles : lastRoles, turns + 1,
                keepsContext ? answer.topic() : lastTopic, newRoles ? lastRoles : earlierRoles);
    }
}

package careerbot.dialogue;

import careerbot.nlu.Intent;

import java.util.List;

/**
 * A reply and what it rests on.
 *
 * @param topic the words of the question the reply answered beyond its intent ("education"), for a follow-up that
 *              asks the same of another role; empty for a reply from an intent's own sections
 */
public record Answer(String text, Intent intent, double confidence, List<String> roles, List<Source> sources,
                     List<String> suggestions, List<String> topic) {

    Answer about(List<String> words) {
        return new Answer(text, intent, confidence, roles, sources, suggestions, List.copyOf(words));
    }
}

package careerbot.dialogue;

import careerbot.nlu.Intent;

import java.util.List;

/** A reply and what it rests on. */
public record Answer(String text, Intent intent, double confidence, List<String> roles, List<Source> sources,
                     List<String> suggestions) {
}

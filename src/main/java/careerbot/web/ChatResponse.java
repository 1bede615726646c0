package careerbot.web;

import careerbot.dialogue.ChatService;
import careerbot.dialogue.Source;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The reply, and what a client needs to show and continue it. */
@Serdeable
public record ChatResponse(String sessionId, String reply, IntentScore intent, List<String> roles, List<Source> sources,
                           List<String> suggestions) {

    /** The intent understood and the model's confidence in it. */
    @Serdeable
    public record IntentScore(String name, double confidence) { }

    static ChatResponse of(ChatService.Turn turn) {
        var a = turn.answer();
        double confidence = Math.round(a.confidence() * 1000) / 1000.0;
        return new ChatResponse(turn.sessionId(), a.text(), new IntentScore(a.intent().label(), confidence), a.roles(),
                a.sources(), a.suggestions());
    }
}

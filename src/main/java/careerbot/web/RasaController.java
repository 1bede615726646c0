package careerbot.web;

import careerbot.dialogue.ChatService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Rasa's REST channel ({@code POST /webhooks/rest/webhook}), so existing Rasa chat widgets and scripts work against
 * this bot unchanged: the sender is the conversation, suggestions come back as buttons.
 */
@Controller("/webhooks/rest/webhook")
public class RasaController {

    /** Rasa's request: who is talking, and what they said. */
    @Serdeable
    public record RasaMessage(@Nullable String sender, @Nullable String message) { }

    /** A Rasa button: shown as its title, sends its payload. */
    @Serdeable
    public record RasaButton(String title, String payload) { }

    /** One bot message, as Rasa's REST channel answers it. */
    @Serdeable
    public record RasaReply(String recipient_id, String text, List<RasaButton> buttons) { }

    private static final int MAX_SENDER = 128;

    private final ChatService chat;
    private final MessageGuard guard;

    public RasaController(ChatService chat, MessageGuard guard) {
        this.chat = chat;
        this.guard = guard;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<List<RasaReply>> webhook(@Body RasaMessage request) {
        String sender = request.sender() == null || request.sender().isBlank() ? "default" : request.sender();
        if (sender.length() > MAX_SENDER) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST,
                    "sender is longer than " + MAX_SENDER + " characters");
        }
        String message = guard.check(request.message());
        return chat.reply("rasa:" + sender, message).thenApply(turn -> {
            var buttons = turn.answer().suggestions().stream().map(s -> new RasaButton(s, s)).toList();
            return List.of(new RasaReply(sender, turn.answer().text(), buttons));
        });
    }
}

package careerbot.web;

import careerbot.dialogue.ChatService;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.util.concurrent.CompletableFuture;

/** The JSON chat API the widget and any client use. */
@Controller("/api/chat")
public class ChatController {

    private final ChatService chat;
    private final MessageGuard guard;

    public ChatController(ChatService chat, MessageGuard guard) {
        this.chat = chat;
        this.guard = guard;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<ChatResponse> chat(@Body ChatRequest request) {
        String message = guard.check(request.message());
        String sessionId = request.sessionId() == null || request.sessionId().length() > 128 ? null : request.sessionId();
        return chat.reply(sessionId, message).thenApply(ChatResponse::of);
    }
}

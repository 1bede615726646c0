package careerbot.web;

import careerbot.dialogue.ChatService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.util.concurrent.CompletableFuture;
import io.micronaut.http.annotation.QueryValue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * For curl: the question as the body ({@code curl -d 'question' …}) or as {@code ?q=}, the answer as plain text.
 * Each call is a conversation of its own.
 */
@Controller("/api/ask")
public class AskController {

    private final ChatService chat;
    private final MessageGuard guard;

    public AskController(ChatService chat, MessageGuard guard) {
        this.chat = chat;
        this.guard = guard;
    }

    /**
     * {@code curl -d} sends form-encoded content type with the raw text as body; only a body that is really a form
     * field ({@code q=…}, as {@code --data-urlencode q=…} sends) is decoded.
     */
    @Post(consumes = {MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED}, produces = MediaType.TEXT_PLAIN)
    public CompletableFuture<String> askBody(HttpRequest<?> request, @Body @Nullable String body) {
        String question = body;
        boolean form = request.getContentType().map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches).orElse(false);
        if (form && body != null && body.startsWith("q=")) {
            question = URLDecoder.decode(body.substring(2), StandardCharsets.UTF_8);
        }
        return answer(question);
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public CompletableFuture<String> askQuery(@QueryValue @Nullable String q) {
        return answer(q);
    }

    private CompletableFuture<String> answer(String question) {
        return chat.reply(null, guard.check(question)).thenApply(turn -> turn.answer().text() + "\n");
    }
}

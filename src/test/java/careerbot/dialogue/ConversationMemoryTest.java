package careerbot.dialogue;

import careerbot.web.ChatCalls;
import careerbot.web.ChatResponse;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-memory conversation store: a conversation lives as long as messages keep coming, and no longer. */
@MicronautTest
@Property(name = "careerbot.conversations.idle-timeout", value = "1500ms")
class ConversationMemoryTest {

    private static final String FOLLOW_UP = "what are their responsibilities?";

    @Inject
    @Client("/")
    HttpClient client;

    private ChatResponse chat(String sessionId, String message) {
        return ChatCalls.chat(client, sessionId, message);
    }

    @Test
    void everyMessageRenewsTheIdleTimeout() throws InterruptedException {
        String session = chat(null, "what does a PO do?").sessionId();
        // 4 × 0.7 s: twice the idle timeout in all, but never 1.5 s without a message.
        for (int i = 0; i < 4; i++) {
            Thread.sleep(700);
            assertEquals(List.of("product owner"), chat(session, FOLLOW_UP).roles(), "turn " + i);
        }
    }

    @Test
    void aConversationIdleLongerThanTheTimeoutIsForgotten() throws InterruptedException {
        String session = chat(null, "what does a PO do?").sessionId();
        Thread.sleep(2_000);
        var later = chat(session, FOLLOW_UP);
        assertEquals(session, later.sessionId(), "the client's session id is kept");
        assertTrue(later.reply().startsWith("Which role do you mean"), "forgotten: " + later.reply());
    }
}

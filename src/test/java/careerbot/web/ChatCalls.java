package careerbot.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;

/** One chat turn through the real HTTP API, as the widget sends it: what every test that converses needs. */
public final class ChatCalls {

    private ChatCalls() {
    }

    /** Sends a message to {@code POST /api/chat}; a null session starts a conversation. */
    public static ChatResponse chat(HttpClient client, String sessionId, String message) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/chat", new ChatRequest(sessionId, message)), ChatResponse.class);
    }
}

package careerbot.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the widget and other web clients rely on: pages and their headers, CORS, and the Rasa REST channel. */
@MicronautTest
@Property(name = "careerbot.cors.allowed-origins", value = "https://allowed.example, https://also.example")
class WebChannelTest {

    private static final String ALLOWED = "https://allowed.example";

    @Inject
    @Client("/")
    HttpClient client;

    private HttpResponse<String> exchange(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            var response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        for (var path : List.of("/", "/chat")) {
            var page = exchange(HttpRequest.GET(path));
            assertEquals(200, page.code());
            assertTrue(page.getContentType().orElseThrow().toString().startsWith("text/html"));
            var csp = page.header("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("object-src 'none'"), csp);
            assertEquals("nosniff", page.header("X-Content-Type-Options"));
            assertTrue(page.body().contains("/widget.js"));
        }
        assertEquals("nosniff", exchange(HttpRequest.POST("/api/chat", Map.of("message", "hi"))).header("X-Content-Type-Options"));
    }

    @Test
    void widgetScriptIsServedAndSmall() {
        var script = exchange(HttpRequest.GET("/widget.js"));
        assertEquals(200, script.code());
        assertTrue(script.getContentType().orElseThrow().toString().startsWith("application/javascript"));
        assertTrue(script.body().getBytes(StandardCharsets.UTF_8).length < 25 * 1024, "under 25 KB with its CSS");
        assertTrue(script.body().contains("attachShadow"));
        assertFalse(script.body().contains("innerHTML"), "the bot's text never goes in as HTML");
    }

    @Test
    void preflightFromAnAllowedOriginIsAnswered() {
        var preflight = exchange(HttpRequest.create(HttpMethod.OPTIONS, "/api/chat").header(HttpHeaders.ORIGIN, ALLOWED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type"));
        assertEquals(200, preflight.code());
        assertEquals(ALLOWED, preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        assertTrue(preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS).contains("POST"));
        var chat = exchange(HttpRequest.POST("/api/chat", Map.of("message", "hi")).header(HttpHeaders.ORIGIN, "https://also.example"));
        assertEquals(200, chat.code());
        assertEquals("https://also.example", chat.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void anOriginNotAllowedGetsNoCorsHeaders() {
        var preflight = exchange(HttpRequest.create(HttpMethod.OPTIONS, "/api/chat").header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"));
        assertNull(preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        var chat = exchange(HttpRequest.POST("/api/chat", Map.of("message", "hi")).header(HttpHeaders.ORIGIN, "https://evil.example"));
        assertNull(chat.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        var ask = exchange(HttpRequest.GET("/api/ask?q=hi").header(HttpHeaders.ORIGIN, ALLOWED));
        assertNull(ask.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN), "CORS covers the chat APIs only");
    }

    @Test
    void rasaRestChannelAnswersLikeRasa() {
        var response = exchange(HttpRequest.POST("/webhooks/rest/webhook", Map.of("sender", "visitor-1", "message", "what does a PO do?")));
        assertEquals(200, response.code());
        List<Map<String, Object>> messages = client.toBlocking().retrieve(HttpRequest.POST("/webhooks/rest/webhook",
                Map.of("sender", "visitor-1", "message", "and a product manager?")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(1, messages.size());
        assertEquals("visitor-1", messages.get(0).get("recipient_id"));
        assertTrue(String.valueOf(messages.get(0).get("text")).contains("lifecycle"), "the sender is the conversation");
        var buttons = (List<Map<String, Object>>) messages.get(0).get("buttons");
        assertFalse(buttons.isEmpty());
        assertEquals(buttons.get(0).get("title"), buttons.get(0).get("payload"));
        assertEquals(400, exchange(HttpRequest.POST("/webhooks/rest/webhook", Map.of("sender", "x", "message", " "))).code());
        assertEquals(400, exchange(HttpRequest.POST("/webhooks/rest/webhook", Map.of("sender", "x".repeat(200), "message", "hi"))).code());
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve(
                HttpRequest.POST("/webhooks/rest/webhook", "{oops").contentType("application/json")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
}

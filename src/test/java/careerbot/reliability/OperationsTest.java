package careerbot.reliability;

import careerbot.web.ChatRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an on-call engineer reads and relies on: health, metrics, and the request limits. */
@MicronautTest
class OperationsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthReportsTheKnowledgeBaseAndReadiness() {
        var health = client.toBlocking().retrieve("/health");
        assertTrue(health.contains("\"knowledge\"") && health.contains("\"documents\":1") && health.contains("\"passages\":28"), health);
        assertTrue(health.contains("\"intentModel\":\"trained\""), health);
        var readiness = client.toBlocking().retrieve("/health/readiness");
        assertTrue(readiness.contains("\"knowledge\"") && readiness.contains("UP"), readiness);
    }

    /** The value of the answer counter of one intent in the Prometheus text; every intent has one from start-up. */
    private static double answers(String metrics, String intent) {
        var m = Pattern.compile("careerbot_answers_total\\{intent=\"" + intent + "\"} ([0-9.E]+)").matcher(metrics);
        assertTrue(m.find(), "no answer counter for " + intent);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void prometheusCountsAnswersPerIntentAndTimesRequests() {
        client.toBlocking().retrieve(HttpRequest.POST("/api/chat", new ChatRequest(null, "what is the weather in Paris")));
        client.toBlocking().retrieve(HttpRequest.POST("/api/chat", new ChatRequest(null, "what does a PO do?")));
        var metrics = client.toBlocking().retrieve("/prometheus");
        assertTrue(answers(metrics, "out_of_scope") >= 1, "answers per intent, out_of_scope too");
        assertTrue(answers(metrics, "role_overview") >= 1, metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{") && metrics.contains("uri=\"/api/chat\""),
                "request latency histogram");
        assertTrue(metrics.contains("http_server_requests_seconds_count{"), "request counts");
    }

    @Test
    void requestBodyOverTheLimitIs413() {
        String big = "{\"message\":\"" + "a".repeat(70_000) + "\"}";
        var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/chat", big).contentType(MediaType.APPLICATION_JSON_TYPE), String.class));
        assertEquals(413, e.code());
    }

    @Test
    void oversizedHeadersAreRefusedNot5xx() {
        int status;
        try {
            status = client.toBlocking().exchange(HttpRequest.GET("/api/ask?q=hi").header("X-Padding", "p".repeat(20_000)),
                    Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            status = e.code();
        }
        assertTrue(status == 431 || status == 400 || status == 413, "status " + status);
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/api/ask?q=hi"), String.class).code(), "and the server goes on");
    }

    @Test
    void errorsNeverEchoTheInput() {
        String markup = "<script>alert('x')</script>";
        for (var request : new HttpRequest<?>[]{
                HttpRequest.POST("/api/chat", Map.of("message", markup.repeat(100))),
                HttpRequest.POST("/api/chat", "{\"message\": " + markup + "}").contentType(MediaType.APPLICATION_JSON_TYPE),
                HttpRequest.POST("/webhooks/rest/webhook", Map.of("sender", markup.repeat(10), "message", "hi"))}) {
            var e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
            assertTrue(e.code() >= 400 && e.code() < 500);
            assertFalse(e.getResponse().getBody(String.class).orElse("").contains("<script"), "no markup reflected");
        }
        var ask = client.toBlocking().exchange(HttpRequest.GET("/api/ask?q=" + java.net.URLEncoder.encode(markup,
                java.nio.charset.StandardCharsets.UTF_8)), String.class);
        assertEquals("nosniff", ask.header("X-Content-Type-Options"), "text/plain is never sniffed as HTML");
        assertTrue(ask.getContentType().orElseThrow().toString().startsWith("text/plain"));
    }
}

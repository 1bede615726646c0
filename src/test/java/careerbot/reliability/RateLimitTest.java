package careerbot.reliability;

import careerbot.slack.FakeSlackApi;
import careerbot.slack.SlackSignature;
import careerbot.web.ChatRequest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One noisy client is throttled with 429 and Retry-After while another is still served: on the web and in Slack. */
class RateLimitTest {

    private static final int PER_MINUTE = 5;

    private static int status(HttpClient client, HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @Test
    void aNoisyWebClientIsThrottledWhileAnotherIsServed() {
        try (var server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "careerbot.rate-limit.enabled", true, "careerbot.rate-limit.requests-per-minute", PER_MINUTE,
                "careerbot.rate-limit.trust-forwarded-for", true));
             var client = HttpClient.create(server.getURL())) {
            for (int i = 0; i < PER_MINUTE; i++) {
                assertEquals(200, status(client, chat("10.0.0.1")), "within the rate");
            }
            var e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(chat("10.0.0.1"), String.class));
            assertEquals(429, e.code());
            long retryAfter = Long.parseLong(e.getResponse().header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60 / PER_MINUTE, "Retry-After " + retryAfter);
            assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("\"status\":429"));
            assertEquals(429, status(client, HttpRequest.GET("/api/ask?q=hi").header("X-Forwarded-For", "10.0.0.1")),
                    "every public endpoint counts");
            assertEquals(200, status(client, chat("10.0.0.2")), "another client is still served");
            assertEquals(200, status(client, HttpRequest.GET("/health")), "operations endpoints are not throttled");
        }
    }

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        try (var server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "careerbot.rate-limit.enabled", true, "careerbot.rate-limit.requests-per-minute", PER_MINUTE));
             var client = HttpClient.create(server.getURL())) {
            for (int i = 0; i < PER_MINUTE; i++) {
                assertEquals(200, status(client, chat("10.0.1." + i)));
            }
            assertEquals(429, status(client, chat("10.0.2.1")), "a made-up X-Forwarded-For does not buy a new identity");
        }
    }

    @Test
    void aNoisySlackUserIsToldToWaitWhileAnotherIsAnswered() throws Exception {
        String secret = "rate-limit-secret";
        try (var slack = new FakeSlackApi();
             var server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                     "slack.signing-secret", secret, "slack.bot-token", "xoxb-rate", "slack.api-url", slack.url(),
                     "careerbot.rate-limit.enabled", true, "careerbot.rate-limit.requests-per-minute", PER_MINUTE));
             var client = HttpClient.create(server.getURL())) {
            var json = server.getApplicationContext().getBean(JsonMapper.class);
            for (int i = 0; i <= PER_MINUTE; i++) {
                var reply = command(client, secret, "U-noisy");
                Map<?, ?> body = json.readValue(reply.body(), Map.class);
                assertEquals(200, reply.code(), "Slack always gets 200");
                assertEquals(i < PER_MINUTE, !String.valueOf(body.get("text")).contains("try again in"), "request " + i);
            }
            Map<?, ?> calm = json.readValue(command(client, secret, "U-calm").body(), Map.class);
            assertTrue(String.valueOf(calm.get("text")).contains("development teams"));
        }
    }

    private static HttpResponse<String> command(HttpClient client, String secret, String user) {
        String body = "command=%2Fcareer&text=what+does+a+PO+do&user_id=" + user + "&channel_id=C1&team_id=T1";
        String ts = Long.toString(Instant.now().getEpochSecond());
        return client.toBlocking().exchange(HttpRequest.POST("/slack/commands", body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature(secret).sign(ts, body)), String.class);
    }

    private static HttpRequest<?> chat(String forwardedFor) {
        return HttpRequest.POST("/api/chat", new ChatRequest(null, "what does a PO do?")).header("X-Forwarded-For", forwardedFor);
    }
}

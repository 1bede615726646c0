package careerbot.reliability;

import careerbot.LogCapture;
import careerbot.slack.FakeSlackApi;
import careerbot.slack.SlackSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slack down, slow or failing: events are still acknowledged at once, replies are retried a bounded number of
 * times, every lost reply leaves a log line, shut-down waits for replies in flight — and no secret ever reaches
 * the log, an error or {@code /health}.
 */
class SlackFaultsAndSecretsTest {

    private static final String SECRET = "s3cr3t-signing-value-0123";
    private static final String TOKEN = "xoxb-very-secret-token-4567";

    private static EmbeddedServer start(String apiUrl, Map<String, Object> extra) {
        var properties = new HashMap<String, Object>(Map.of("micronaut.server.port", -1, "slack.signing-secret", SECRET,
                "slack.bot-token", TOKEN, "slack.api-url", apiUrl, "slack.max-retries", 2, "slack.max-retry-delay-seconds", 1,
                "micronaut.http.client.read-timeout", "1s", "careerbot.rate-limit.enabled", false));
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static long postEvent(HttpClient client, String eventId, String channel) {
        String body = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"" + eventId + "\",\"event\":{\"type\":"
                + "\"app_mention\",\"user\":\"U1\",\"channel\":\"" + channel + "\",\"ts\":\"1.1\",\"text\":\"<@UBOT> what does a PO do?\"}}";
        String ts = Long.toString(Instant.now().getEpochSecond());
        long started = System.nanoTime();
        var response = client.toBlocking().exchange(HttpRequest.POST("/slack/events", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, body)), String.class);
        assertEquals(200, response.code());
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void waitFor(LogCapture log, String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!log.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(log.contains(text), "log says \"" + text + "\": " + log.lines());
    }

    @Test
    void slackDownStillAcknowledgesAndLogsEachLostReply() throws Exception {
        // A port held by a socket that is bound but never listens: connections to it are refused, and no server
        // started meanwhile (the bot's own, on a random port) can take it, as one could a port merely closed.
        try (var held = new Socket();
             var log = new LogCapture()) {
            held.bind(new InetSocketAddress("127.0.0.1", 0));
            try (var server = start("http://127.0.0.1:" + held.getLocalPort() + "/api", Map.of());
                 var client = HttpClient.create(server.getURL())) {
                assertTrue(postEvent(client, "EvDown1", "CDOWN") < 3000, "acknowledged within 3 s");
                assertTrue(postEvent(client, "EvDown2", "CDOWN2") < 3000);
                waitFor(log, "Slack reply to CDOWN lost after 3 attempts", Duration.ofSeconds(15));
                waitFor(log, "Slack reply to CDOWN2 lost after 3 attempts", Duration.ofSeconds(15));
                assertNoSecrets(log, client);
            }
        }
    }

    @Test
    void slowSlackIsRetriedBoundedlyWhileEventsAreStillAcknowledged() throws Exception {
        try (var log = new LogCapture();
             var slack = new FakeSlackApi();
             var server = start(slack.url(), Map.of());
             var client = HttpClient.create(server.getURL())) {
            for (int i = 0; i < 3; i++) {
                slack.then("CSLOW", new FakeSlackApi.Scripted(200, Map.of(), "{\"ok\":true}", Duration.ofSeconds(3)));
            }
            assertTrue(postEvent(client, "EvSlow", "CSLOW") < 3000, "acknowledged within 3 s while Slack hangs");
            waitFor(log, "Slack reply to CSLOW lost after 3 attempts", Duration.ofSeconds(20));
            assertEquals(3, slack.all().stream().filter(c -> c.body().contains("CSLOW")).count(), "bounded: 1 try + 2 retries");
            slack.then("C429", new FakeSlackApi.Scripted(429, Map.of("Retry-After", "1"), "{\"ok\":false}", Duration.ZERO));
            slack.then("C5XX", new FakeSlackApi.Scripted(500, Map.of(), "oops", Duration.ZERO));
            postEvent(client, "Ev429", "C429");
            postEvent(client, "Ev5xx", "C5XX");
            assertNotNull(slack.next("C429", Duration.ofSeconds(5)));
            assertNotNull(slack.next("C429", Duration.ofSeconds(5)), "delivered after the 429");
            assertNotNull(slack.next("C5XX", Duration.ofSeconds(5)));
            assertNotNull(slack.next("C5XX", Duration.ofSeconds(5)), "delivered after the 5xx");
            assertNoSecrets(log, client);
        }
    }

    @Test
    void shutDownWaitsForRepliesInFlight() throws Exception {
        try (var slack = new FakeSlackApi()) {
            var server = start(slack.url(), Map.of("micronaut.http.client.read-timeout", "5s"));
            slack.then("CBYE", new FakeSlackApi.Scripted(200, Map.of(), "{\"ok\":true}", Duration.ofMillis(1500)));
            try (var client = HttpClient.create(server.getURL())) {
                postEvent(client, "EvBye", "CBYE");
            }
            Thread.sleep(200);
            server.getApplicationContext().close();
            assertTrue(slack.all().stream().anyMatch(c -> c.body().contains("CBYE")), "the reply in flight went out");
        }
    }

    private static void assertNoSecrets(LogCapture log, HttpClient client) {
        var health = client.toBlocking().retrieve("/health");
        String error;
        try {
            client.toBlocking().exchange(HttpRequest.POST("/slack/events", "{}").contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("X-Slack-Signature", "v0=00"), Argument.of(String.class), Argument.of(String.class));
            error = "";
        } catch (HttpClientResponseException e) {
            error = e.getResponse().getBody(String.class).orElse("");
        }
        for (var secret : new String[]{SECRET, TOKEN, TOKEN.substring(5)}) {
            assertFalse(log.lines().stream().anyMatch(l -> l.contains(secret)), "a secret in the log");
            assertFalse(health.contains(secret), "a secret in /health");
            assertFalse(error.contains(secret), "a secret in an error");
        }
        assertFalse(log.lines().isEmpty(), "the log was captured");
    }
}

package careerbot.state;

import careerbot.slack.FakeSlackApi;
import careerbot.slack.SlackSignature;
import careerbot.web.ChatCalls;
import careerbot.web.ChatResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two replicas (two servers on two ports) sharing one real Redis: conversations continue across them, a Slack event
 * delivered to both is answered once, conversations expire, and a Redis outage degrades rather than breaks them.
 * Uses the Redis that .ci/run starts ({@code REDIS_URI}), or starts one itself.
 */
class RedisScaleOutTest {

    private static final String SECRET = "scale-out-secret";

    static RedisServer ownRedis;
    static String redisUri;
    static FakeSlackApi slack;
    static EmbeddedServer a;
    static EmbeddedServer b;
    static HttpClient clientA;
    static HttpClient clientB;

    @BeforeAll
    static void start() throws Exception {
        redisUri = System.getenv("REDIS_URI");
        if (redisUri == null) {
            assumeTrue(RedisServer.available() || System.getenv("CI") != null, "no redis-server here; .ci/run installs it");
            ownRedis = new RedisServer();
            redisUri = ownRedis.uri();
        }
        slack = new FakeSlackApi();
        a = replica(redisUri, Map.of());
        b = replica(redisUri, Map.of());
        clientA = HttpClient.create(a.getURL());
        clientB = HttpClient.create(b.getURL());
    }

    static EmbeddedServer replica(String uri, Map<String, Object> extra) {
        var properties = new HashMap<String, Object>(Map.of("micronaut.server.port", -1, "careerbot.state.store", "redis",
                "redis.uri", uri, "slack.signing-secret", SECRET, "slack.bot-token", "xoxb-scale", "slack.api-url", slack.url(),
                "careerbot.rate-limit.enabled", false));
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    static void stop() {
        for (var closeable : new AutoCloseable[]{clientA, clientB, a, b, slack, ownRedis}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // best effort: the next test class starts afresh
            }
        }
    }

    static ChatResponse chat(HttpClient client, String session, String message) {
        return ChatCalls.chat(client, session, message);
    }

    @Test
    void aConversationBegunOnOneReplicaContinuesOnTheOther() {
        var first = chat(clientA, null, "what does a PO do?");
        var second = chat(clientB, first.sessionId(), "and a product manager?");
        assertEquals("role_overview", second.intent().name());
        assertEquals(List.of("product manager"), second.roles());
        var third = chat(clientA, first.sessionId(), "what are their responsibilities?");
        assertEquals("role_responsibilities", third.intent().name());
        assertEquals(List.of("product manager"), third.roles(), "and back again");
    }

    @Test
    void theSameSlackEventSentToBothReplicasIsAnsweredOnce() throws Exception {
        String body = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"EvShared" + System.nanoTime()
                + "\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"CSHARED\",\"ts\":\"1.1\","
                + "\"text\":\"<@UBOT> what does a PO do?\"}}";
        var threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            var client = i == 0 ? clientA : clientB;
            threads[i] = new Thread(() -> {
                String ts = Long.toString(Instant.now().getEpochSecond());
                client.toBlocking().exchange(HttpRequest.POST("/slack/events", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, body)));
            });
            threads[i].start();
        }
        for (var thread : threads) {
            thread.join();
        }
        assertNotNull(slack.next("CSHARED", Duration.ofSeconds(5)));
        assertNull(slack.next("CSHARED", Duration.ofSeconds(1)), "exactly one chat.postMessage");
    }

    @Test
    void aConversationExpiresAfterItsIdleTime() throws Exception {
        try (var shortLived = replica(redisUri, Map.of("careerbot.conversations.idle-timeout", "1s"));
             var client = HttpClient.create(shortLived.getURL())) {
            var first = chat(client, null, "what does a PO do?");
            assertEquals(List.of("product owner"), chat(client, first.sessionId(), "what are their responsibilities?").roles());
            Thread.sleep(2_200);
            var later = chat(client, first.sessionId(), "what are their responsibilities?");
            assertTrue(later.reply().startsWith("Which role do you mean"), "forgotten after the TTL: " + later.reply());
        }
    }

    @Test
    void redisStoppedMidTestDegradesAndRecovers() throws Exception {
        assumeTrue(RedisServer.available(), "needs redis-server to stop and start");
        try (var redis = new RedisServer();
             var replica = replica(redis.uri(), Map.of());
             var client = HttpClient.create(replica.getURL())) {
            var before = chat(client, null, "what does a PO do?");
            assertEquals("role_overview", before.intent().name());

            redis.stop();
            var during = chat(client, null, "what does a product manager do?");
            assertTrue(during.reply().contains("lifecycle"), "answers keep coming");
            var noMemory = chat(client, during.sessionId(), "what are their responsibilities?");
            assertTrue(noMemory.reply().startsWith("Which role do you mean"), "without follow-up memory: " + noMemory.reply());
            String event = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"EvOutage\",\"event\":{\"type\":"
                    + "\"app_mention\",\"user\":\"U1\",\"channel\":\"COUTAGE\",\"ts\":\"1.1\",\"text\":\"<@UBOT> hi\"}}";
            String ts = Long.toString(Instant.now().getEpochSecond());
            long sent = System.nanoTime();
            var ack = client.toBlocking().exchange(HttpRequest.POST("/slack/events", event).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, event)));
            assertEquals(200, ack.code());
            assertTrue(System.nanoTime() - sent < 3_000_000_000L, "Slack events acknowledged within 3 s without Redis");
            assertNotNull(slack.next("COUTAGE", Duration.ofSeconds(5)), "and answered");
            var health = client.toBlocking().exchange("/health", String.class);
            assertEquals(200, health.code(), "still in service");
            assertTrue(health.body().contains("\"status\":\"DEGRADED\""), health.body());

            redis.start();
            long deadline = System.currentTimeMillis() + 15_000;
            while (client.toBlocking().retrieve("/health").contains("DEGRADED") && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(!client.toBlocking().retrieve("/health").contains("DEGRADED"), "recovered by itself");
            var session = chat(client, null, "what does a PO do?").sessionId();
            var followUp = chat(client, session, "what are their responsibilities?");
            assertEquals(List.of("product owner"), followUp.roles(), "follow-ups work again");
            assertEquals("role_responsibilities", followUp.intent().name());
        }
    }
}

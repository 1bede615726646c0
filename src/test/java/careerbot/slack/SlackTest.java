package careerbot.slack;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Slack app end to end: signed requests in, replies out to a fake Slack Web API on loopback. */
class SlackTest {

    static final String SECRET = "test-signing-secret-0123456789";
    static final String TOKEN = "xoxb-test-token-abcdef";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration NOTHING = Duration.ofMillis(700);

    static FakeSlackApi slack;
    static EmbeddedServer server;
    static HttpClient client;
    static JsonMapper json;

    @BeforeAll
    static void start() throws Exception {
        slack = new FakeSlackApi();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("slack.signing-secret", SECRET, "slack.bot-token", TOKEN,
                "slack.api-url", slack.url(), "micronaut.server.port", -1, "slack.max-retries", 2));
        client = HttpClient.create(server.getURL());
        json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
        slack.close();
    }

    @BeforeEach
    void clear() {
        slack.reset();
    }

    static io.micronaut.http.MutableHttpRequest<String> signed(String path, String body, MediaType type, long timestamp) {
        String ts = Long.toString(timestamp);
        return HttpRequest.POST(path, body).contentType(type)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature(SECRET).sign(ts, body));
    }

    static io.micronaut.http.MutableHttpRequest<String> signed(String path, String body, MediaType type) {
        return signed(path, body, type, Instant.now().getEpochSecond());
    }

    static String event(String eventId, Map<String, Object> event) throws Exception {
        return new String(json.writeValueAsBytes(Map.of("type", "event_callback", "team_id", "T1", "event_id", eventId,
                "authorizations", List.of(Map.of("user_id", "UBOT")), "event", event)), StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(HttpRequest<String> request) {
        return client.toBlocking().exchange(request, String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(FakeSlackApi.Call call) throws Exception {
        return json.readValue(call.body(), Map.class);
    }

    @Test
    void signatureMatchesSlacksDocumentedExample() {
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        var signature = new SlackSignature("8f742231b10e8888abcd99yyyzzz85a5");
        String expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        assertEquals(expected, signature.sign("1531420618", body));
        assertTrue(signature.verify("1531420618", expected, body, 1531420618 + 299));
        assertFalse(signature.verify("1531420618", expected, body, 1531420618 + 301), "stale");
        assertFalse(signature.verify("1531420618", expected, body, 1531420618 - 301), "from the future");
        assertFalse(signature.verify("1531420618", expected, body + "x", 1531420618), "body changed");
        assertFalse(signature.verify("1531420618", expected.replace('a', 'b'), body, 1531420618), "signature changed");
    }

    @Test
    void urlVerificationAnswersTheChallenge() {
        var response = post(signed("/slack/events", "{\"type\":\"url_verification\",\"challenge\":\"abc123\",\"token\":\"t\"}",
                MediaType.APPLICATION_JSON_TYPE));
        assertTrue(response.body().contains("\"challenge\":\"abc123\""));
    }

    @Test
    void mentionInAChannelGetsOneThreadedReplyWithBlocks() throws Exception {
        long started = System.currentTimeMillis();
        var response = post(signed("/slack/events", event("Ev1", Map.of("type", "app_mention", "user", "U1", "channel", "CM1",
                "ts", "1700000000.000100", "text", "<@UBOT> what does a product owner do?")), MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, response.code());
        assertTrue(System.currentTimeMillis() - started < 3000, "acknowledged within 3 s");
        var call = slack.next("CM1", WAIT);
        assertNotNull(call, "a reply was posted");
        assertEquals("Bearer " + TOKEN, call.authorization());
        assertTrue(call.contentType().startsWith("application/json") && call.contentType().contains("charset=utf-8"));
        var message = body(call);
        assertEquals("CM1", message.get("channel"));
        assertEquals("1700000000.000100", message.get("thread_ts"));
        assertTrue(String.valueOf(message.get("text")).contains("development teams"));
        var blocks = (List<Map<String, Object>>) message.get("blocks");
        assertEquals(List.of("section", "context", "actions"), blocks.stream().map(b -> b.get("type")).toList());
        assertTrue(String.valueOf(blocks.get(0)).contains("*What a product owner does*"), "Markdown bold became mrkdwn");
        assertTrue(String.valueOf(blocks.get(2)).contains("feedback_up") && String.valueOf(blocks.get(2)).contains("suggestion_0"));
        assertNull(slack.next("CM1", NOTHING), "exactly one reply");
    }

    @Test
    void followUpInTheSameThreadUsesTheConversation() throws Exception {
        post(signed("/slack/events", event("Ev2a", Map.of("type", "app_mention", "user", "U1", "channel", "CF2",
                "ts", "1700000001.000100", "text", "<@UBOT> what does a PO do?")), MediaType.APPLICATION_JSON_TYPE));
        assertNotNull(slack.next("CF2", WAIT));
        post(signed("/slack/events", event("Ev2b", Map.of("type", "app_mention", "user", "U1", "channel", "CF2",
                "ts", "1700000002.000100", "thread_ts", "1700000001.000100", "text", "<@UBOT> and a product manager?")),
                MediaType.APPLICATION_JSON_TYPE));
        var reply = body(slack.next("CF2", WAIT));
        assertEquals("1700000001.000100", reply.get("thread_ts"));
        assertTrue(String.valueOf(reply.get("text")).contains("lifecycle"), String.valueOf(reply.get("text")));
    }

    @Test
    void directMessageGetsAReplyInTheDm() throws Exception {
        post(signed("/slack/events", event("Ev3", Map.of("type", "message", "channel_type", "im", "user", "U1", "channel", "DM3",
                "ts", "1700000003.000100", "text", "PO vs PM?")), MediaType.APPLICATION_JSON_TYPE));
        var message = body(slack.next("DM3", WAIT));
        assertEquals("DM3", message.get("channel"));
        assertNull(message.get("thread_ts"), "a DM is answered in the DM, not in a thread");
        assertTrue(String.valueOf(message.get("text")).contains("Scope"));
    }

    @Test
    void retriedEventGetsStillOneReply() throws Exception {
        String body = event("Ev4", Map.of("type", "app_mention", "user", "U1", "channel", "CR4", "ts", "1700000004.000100",
                "text", "<@UBOT> PM responsibilities"));
        post(signed("/slack/events", body, MediaType.APPLICATION_JSON_TYPE));
        var retry = signed("/slack/events", body, MediaType.APPLICATION_JSON_TYPE)
                .header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
        assertEquals(200, post(retry).code());
        assertNotNull(slack.next("CR4", WAIT));
        assertNull(slack.next("CR4", NOTHING), "the retry was not answered again");
    }

    @Test
    void botMessagesAndEditsGetNoReply() throws Exception {
        post(signed("/slack/events", event("Ev5", Map.of("type", "message", "channel_type", "im", "channel", "DB5",
                "bot_id", "B1", "subtype", "bot_message", "text", "what does a PO do?", "ts", "1.1")), MediaType.APPLICATION_JSON_TYPE));
        post(signed("/slack/events", event("Ev6", Map.of("type", "message", "channel_type", "im", "channel", "DB5", "user", "UBOT",
                "text", "what does a PO do?", "ts", "1.2")), MediaType.APPLICATION_JSON_TYPE));
        post(signed("/slack/events", event("Ev7", Map.of("type", "message", "channel_type", "im", "channel", "DB5",
                "subtype", "message_changed", "text", "what does a PO do?", "ts", "1.3")), MediaType.APPLICATION_JSON_TYPE));
        post(signed("/slack/events", event("Ev8", Map.of("type", "message", "channel_type", "channel", "user", "U1",
                "channel", "DB5", "text", "chatter not addressed to the bot", "ts", "1.4")), MediaType.APPLICATION_JSON_TYPE));
        assertNull(slack.next("DB5", NOTHING));
    }

    @Test
    void forgedStaleOrFutureRequestsAre401AndDoNothing() throws Exception {
        String body = event("Ev9", Map.of("type", "app_mention", "user", "U1", "channel", "CX9", "ts", "1.5", "text", "<@UBOT> hi"));
        long now = Instant.now().getEpochSecond();
        var badSignature = HttpRequest.POST("/slack/events", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Slack-Request-Timestamp", Long.toString(now)).header("X-Slack-Signature", "v0=" + "0".repeat(64));
        var unsigned = HttpRequest.POST("/slack/events", body).contentType(MediaType.APPLICATION_JSON_TYPE);
        // A minute beyond the 5-minute window each way: at one second beyond, a second ticking between here and the
        // server's check once let the future one in.
        for (var request : List.of(badSignature, unsigned, signed("/slack/events", body, MediaType.APPLICATION_JSON_TYPE, now - 360),
                signed("/slack/events", body, MediaType.APPLICATION_JSON_TYPE, now + 360),
                signed("/slack/commands", "text=hi", MediaType.APPLICATION_FORM_URLENCODED_TYPE, now - 3600))) {
            var e = assertThrows(HttpClientResponseException.class, () -> post(request));
            assertEquals(401, e.code());
        }
        assertNull(slack.next("CX9", NOTHING), "nothing was posted");
        // the same event, properly signed, is still answered: the refused copies did not mark it handled
        post(signed("/slack/events", body, MediaType.APPLICATION_JSON_TYPE));
        assertNotNull(slack.next("CX9", WAIT));
    }

    @Test
    void slashCommandAnswersInTheResponseWithin3Seconds() throws Exception {
        String form = "command=%2Fcareer&text=" + URLEncoder.encode("what does a product manager do?", StandardCharsets.UTF_8)
                + "&user_id=U1&channel_id=C1&team_id=T1&response_url=https%3A%2F%2Fexample.invalid%2Fr";
        long started = System.currentTimeMillis();
        var response = post(signed("/slack/commands", form, MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertTrue(System.currentTimeMillis() - started < 3000);
        Map<?, ?> reply = json.readValue(response.body(), Map.class);
        assertEquals("ephemeral", reply.get("response_type"));
        assertTrue(String.valueOf(reply.get("text")).contains("lifecycle"));
        assertNotNull(reply.get("blocks"));
        var help = json.readValue(post(signed("/slack/commands", "command=%2Fcareer&text=&user_id=U1&channel_id=C1",
                MediaType.APPLICATION_FORM_URLENCODED_TYPE)).body(), Map.class);
        assertTrue(String.valueOf(help.get("text")).contains("Try"), "empty text answers with help");
    }

    @Test
    void suggestionButtonAsksInTheThreadAndFeedbackIsAcknowledged() throws Exception {
        String payload = new String(json.writeValueAsBytes(Map.of("type", "block_actions", "user", Map.of("id", "U1"),
                "team", Map.of("id", "T1"), "channel", Map.of("id", "CS7"),
                "message", Map.of("ts", "1700000009.000200", "thread_ts", "1700000009.000100"),
                "actions", List.of(Map.of("action_id", "suggestion_1", "value", "Examples of product owner work")))),
                StandardCharsets.UTF_8);
        var response = post(signed("/slack/interactions", "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
                MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertEquals(200, response.code());
        var message = body(slack.next("CS7", WAIT));
        assertEquals("CS7", message.get("channel"));
        assertEquals("1700000009.000100", message.get("thread_ts"));
        assertTrue(String.valueOf(message.get("text")).contains("financial services"));

        String vote = new String(json.writeValueAsBytes(Map.of("type", "block_actions", "user", Map.of("id", "U1"),
                "channel", Map.of("id", "CS7"), "actions", List.of(Map.of("action_id", "feedback_up", "value",
                        "role_examples|Examples of product owner work")))), StandardCharsets.UTF_8);
        assertEquals(200, post(signed("/slack/interactions", "payload=" + URLEncoder.encode(vote, StandardCharsets.UTF_8),
                MediaType.APPLICATION_FORM_URLENCODED_TYPE)).code());
        assertNull(slack.next("CS7", NOTHING), "a vote posts nothing");
    }

    @Test
    void rateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
        slack.then("CL10", new FakeSlackApi.Scripted(429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}", Duration.ZERO));
        post(signed("/slack/events", event("Ev10", Map.of("type", "app_mention", "user", "U1", "channel", "CL10",
                "ts", "1.10", "text", "<@UBOT> what does a PO do?")), MediaType.APPLICATION_JSON_TYPE));
        var first = slack.next("CL10", WAIT);
        var second = slack.next("CL10", WAIT);
        assertNotNull(second, "retried");
        assertTrue(second.atMillis() - first.atMillis() >= 900, "waited Retry-After: " + (second.atMillis() - first.atMillis()));
        assertEquals(first.body(), second.body());
        assertNull(slack.next("CL10", NOTHING));
    }

    @Test
    void okFalseAndServerErrorsNeverBreakTheServer() throws Exception {
        slack.then("CO11", new FakeSlackApi.Scripted(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}", Duration.ZERO));
        post(signed("/slack/events", event("Ev11", Map.of("type", "app_mention", "user", "U1", "channel", "CO11",
                "ts", "1.11", "text", "<@UBOT> hello")), MediaType.APPLICATION_JSON_TYPE));
        assertNotNull(slack.next("CO11", WAIT));
        assertNull(slack.next("CO11", NOTHING), "ok:false is logged, not retried");
        slack.then("CO11", new FakeSlackApi.Scripted(503, Map.of(), "down", Duration.ZERO));
        post(signed("/slack/events", event("Ev12", Map.of("type", "app_mention", "user", "U1", "channel", "CO11",
                "ts", "1.12", "text", "<@UBOT> hello")), MediaType.APPLICATION_JSON_TYPE));
        assertNotNull(slack.next("CO11", WAIT));
        assertNotNull(slack.next("CO11", WAIT), "a 5xx is retried with backoff");
        var health = client.toBlocking().retrieve("/health");
        assertTrue(health.contains("UP"));
    }

    @Test
    void badSlackBodiesAre4xxNever5xx() {
        for (var request : List.of(signed("/slack/events", "not json", MediaType.APPLICATION_JSON_TYPE),
                signed("/slack/events", "", MediaType.APPLICATION_JSON_TYPE),
                signed("/slack/events", "[1,2]", MediaType.APPLICATION_JSON_TYPE),
                signed("/slack/interactions", "payload=%ZZ", MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                signed("/slack/interactions", "nopayload", MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                signed("/slack/commands", "text=" + "a".repeat(5000) + "&user_id=U1", MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            int status;
            try {
                status = client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
            } catch (HttpClientResponseException e) {
                status = e.code();
            }
            assertTrue(status < 500, request.getPath() + " -> " + status);
        }
    }
}

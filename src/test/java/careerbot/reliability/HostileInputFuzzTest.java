package careerbot.reliability;

import careerbot.slack.FakeSlackApi;
import careerbot.slack.SlackSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded generator sends 10,000 random and adversarial requests to every public endpoint: Lucene syntax, huge
 * tokens, control characters, invalid UTF-8, deep JSON, wrong types, missing fields, signed and unsigned Slack
 * bodies. Not one may get a 5xx; every error must be a JSON message; the bot must answer correctly afterwards.
 */
class HostileInputFuzzTest {

    private static final int CASES = 10_000;
    private static final long SEED = 20261127L;
    private static final String SECRET = "fuzz-signing-secret";
    private static final String[] ATOMS = {"AND", "OR", "NOT", "((", "))", "*", "?", "~", "\"", "\\", "^10", "[a TO z]", "{}",
            "title:", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "%s", "%n", "${jndi:ldap://x}", "{{7*7}}",
            "🙂", "🚀", "\u202E", "\u200B", "\u0000", "\u0007", "\r\n", "\t", "产品负责人", "¿qué?", "product owner", "PM",
            "what does a", "vs", "responsibilities", "' OR 1=1 --", "../../etc/passwd", "\uD83D", "\uDE00"};

    @Test
    void tenThousandHostileRequestsGetNo5xxAndTheBotStillAnswers() throws Exception {
        try (var slack = new FakeSlackApi();
             var server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                     "slack.signing-secret", SECRET, "slack.bot-token", "xoxb-fuzz", "slack.api-url", slack.url(),
                     "careerbot.rate-limit.enabled", false));
             var client = HttpClient.create(server.getURL())) {
            var random = new Random(SEED);
            var statuses = new java.util.TreeMap<Integer, Integer>();
            for (int i = 0; i < CASES; i++) {
                var request = hostileRequest(random, i);
                int status;
                String body;
                try {
                    var response = client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
                    status = response.code();
                    body = response.body();
                } catch (HttpClientResponseException e) {
                    status = e.code();
                    body = e.getResponse().getBody(String.class).orElse("");
                    if (status != 404 && status != 405) {
                        assertTrue(body.startsWith("{\"status\":" + status) && body.contains("\"message\":"),
                                "a JSON error for " + request.getPath() + ": " + body);
                    }
                }
                statuses.merge(status, 1, Integer::sum);
                assertTrue(status < 500, "case " + i + " " + request.getMethod() + " " + request.getPath() + " -> " + status + " " + body);
            }
            System.out.println("fuzz statuses: " + statuses);
            var after = client.toBlocking().retrieve(HttpRequest.GET("/api/ask?q=what%20does%20a%20product%20owner%20do"));
            assertTrue(after.contains("development teams"), after);
            assertEquals(CASES, statuses.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    private static MutableHttpRequest<?> hostileRequest(Random random, int i) {
        String text = hostileText(random);
        return switch (i % 8) {
            case 0 -> HttpRequest.POST("/api/chat", jsonBody(random, text)).contentType(MediaType.APPLICATION_JSON_TYPE);
            case 1 -> HttpRequest.POST("/api/chat", rawBytes(random)).contentType(MediaType.APPLICATION_JSON_TYPE);
            case 2 -> HttpRequest.POST("/api/ask", text).contentType(random.nextBoolean() ? MediaType.TEXT_PLAIN_TYPE
                    : MediaType.APPLICATION_FORM_URLENCODED_TYPE);
            case 3 -> HttpRequest.GET("/api/ask?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
            case 4 -> HttpRequest.POST("/webhooks/rest/webhook", rasaBody(random, text)).contentType(MediaType.APPLICATION_JSON_TYPE);
            case 5 -> signed("/slack/events", slackEvent(random, text, i), MediaType.APPLICATION_JSON_TYPE, random.nextInt(4) != 0);
            case 6 -> signed("/slack/commands", "text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)
                    + "&user_id=U" + random.nextInt(50) + "&channel_id=C1", MediaType.APPLICATION_FORM_URLENCODED_TYPE, random.nextBoolean());
            default -> signed("/slack/interactions", "payload=" + java.net.URLEncoder.encode(
                    random.nextBoolean() ? text : "{\"type\":\"block_actions\",\"actions\":" + jsonValue(random, text, 0) + "}",
                    StandardCharsets.UTF_8), MediaType.APPLICATION_FORM_URLENCODED_TYPE, random.nextBoolean());
        };
    }

    private static MutableHttpRequest<String> signed(String path, String body, MediaType type, boolean valid) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String signature = valid ? new SlackSignature(SECRET).sign(ts, body) : "v0=" + "ab".repeat(32);
        return HttpRequest.POST(path, body).contentType(type)
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature);
    }

    static String hostileText(Random random) {
        var out = new StringBuilder();
        int parts = random.nextInt(12);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(5)) {
                case 0 -> out.append(ATOMS[random.nextInt(ATOMS.length)]);
                case 1 -> out.append("x".repeat(random.nextInt(2000)));
                case 2 -> out.appendCodePoint(random.nextInt(0x10FFFF));
                case 3 -> out.append((char) random.nextInt(32));
                default -> out.append(' ').append(ATOMS[random.nextInt(ATOMS.length)]).append(' ');
            }
        }
        return out.toString();
    }

    private static String jsonBody(Random random, String text) {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"message\":" + quoted(text) + "}";
            case 1 -> "{\"sessionId\":" + quoted(text) + ",\"message\":" + quoted(text) + "}";
            case 2 -> "{\"message\":" + jsonValue(random, text, 0) + "}";
            case 3 -> "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3000));
            case 4 -> "{\"sessionId\":" + jsonValue(random, text, 0) + "}";
            default -> text;
        };
    }

    private static String rasaBody(Random random, String text) {
        return random.nextBoolean() ? "{\"sender\":" + jsonValue(random, text, 0) + ",\"message\":" + quoted(text) + "}"
                : "{\"message\":" + jsonValue(random, text, 0) + "}";
    }

    private static String slackEvent(Random random, String text, int i) {
        return random.nextBoolean() ? text : "{\"type\":\"event_callback\",\"event_id\":\"Ev" + i + "\",\"event\":{\"type\":"
                + (random.nextBoolean() ? "\"app_mention\"" : jsonValue(random, text, 0)) + ",\"user\":\"U1\",\"channel\":\"C"
                + random.nextInt(5) + "\",\"ts\":\"1." + i + "\",\"text\":" + jsonValue(random, text, 0) + "}}";
    }

    static String jsonValue(Random random, String text, int depth) {
        return switch (depth > 40 ? 0 : random.nextInt(7)) {
            case 0 -> quoted(text);
            case 1 -> Long.toString(random.nextLong());
            case 2 -> random.nextBoolean() ? "true" : "null";
            case 3 -> "[" + jsonValue(random, text, depth + 1) + "]";
            case 4 -> "{\"a\":" + jsonValue(random, text, depth + 1) + "}";
            case 5 -> "1e99999";
            default -> "\"" + "\\u00".repeat(random.nextInt(3)) + "\"";
        };
    }

    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 32) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }

    private static byte[] rawBytes(Random random) {
        var bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }
}

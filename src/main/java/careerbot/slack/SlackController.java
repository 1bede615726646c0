package careerbot.slack;

import careerbot.dialogue.ChatService;
import careerbot.web.MessageGuard;
import careerbot.web.RateLimiter;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack's webhooks: Events API (mentions, DMs), the slash command and button clicks. Every request is verified
 * against the signing secret before anything else; events are acknowledged at once and answered in the background.
 */
@Controller("/slack")
@Requires(property = SlackConfiguration.PREFIX + ".signing-secret", pattern = ".+")
public class SlackController {

    private static final Logger LOG = LoggerFactory.getLogger(SlackController.class);
    private static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private static final String SIGNATURE = "X-Slack-Signature";
    private static final String HELP = "help";

    private final SlackSignature signature;
    private final SlackReplier replier;
    private final EventDeduplicator deduplicator;
    private final ChatService chat;
    private final MessageGuard guard;
    private final JsonMapper json;
    private final SlackConfiguration configuration;
    private final RateLimiter limiter;
    private final Clock clock;

    public SlackController(SlackConfiguration configuration, SlackReplier replier, EventDeduplicator deduplicator,
                           ChatService chat, MessageGuard guard, JsonMapper json, RateLimiter limiter) {
        this.limiter = limiter;
        this.signature = new SlackSignature(configuration.signingSecret());
        this.configuration = configuration;
        this.replier = replier;
        this.deduplicator = deduplicator;
        this.chat = chat;
        this.guard = guard;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** On a worker thread: checking for a repeat may ask Redis, which must not hold the event loop. */
    @Post(uri = "/events", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> events(@Header(TIMESTAMP) @Nullable String timestamp, @Header(SIGNATURE) @Nullable String sig,
                                  @Body @Nullable String body) {
        verify(timestamp, sig, body);
        var payload = SlackRequests.json(json, body);
        if (payload == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "body is not a JSON object");
        }
        String type = SlackRequests.text(payload, "type");
        if ("url_verification".equals(type)) {
            return HttpResponse.ok(Map.of("challenge", String.valueOf(SlackRequests.text(payload, "challenge"))));
        }
        if ("event_callback".equals(type)) {
            onEvent(payload);
        }
        return HttpResponse.ok();
    }

    private void onEvent(JsonNode payload) {
        var event = payload.get("event");
        String eventId = SlackRequests.text(payload, "event_id");
        if (event == null || !event.isObject() || eventId == null || !isForTheBot(event)
                || String.valueOf(SlackRequests.text(event, "user")).equals(botUser(payload))) {
            return;
        }
        if (!deduplicator.firstDelivery(eventId)) {
            LOG.debug("Slack event {} already handled", eventId);
            return;
        }
        String channel = SlackRequests.text(event, "channel");
        String question = SlackRequests.question(SlackRequests.text(event, "text"));
        if (channel == null) {
            return;
        }
        boolean direct = "im".equals(SlackRequests.text(event, "channel_type"));
        String thread = SlackRequests.text(event, "thread_ts");
        if (!direct && thread == null) {
            thread = SlackRequests.text(event, "ts");
        }
        answerUnlessThrottled(SlackRequests.text(event, "user"), SlackRequests.text(payload, "team_id"), channel, thread, question);
    }

    /**
     * Answers in the thread (or the DM), as the conversation of that thread, or, for a user asking faster than the
     * rate limit, says when to ask again.
     */
    private void answerUnlessThrottled(String user, String team, String channel, String thread, String question) {
        var destination = new SlackReplier.Destination(channel, thread);
        var wait = limiter.acquire("slack:" + user);
        if (wait.isPresent()) {
            LOG.info("Slack user {} throttled for {} s", user, wait.getAsLong());
            replier.tellLater(destination, tooFast(wait.getAsLong()));
            return;
        }
        String conversation = "slack:" + team + ":" + channel + (thread == null ? "" : ":" + thread);
        replier.answerLater(conversation, destination, checked(question));
    }

    private static String tooFast(long seconds) {
        return "You're asking faster than I can keep up with; please try again in " + seconds + " s.";
    }

    /** The bot's own user id, as Slack names it in the event's authorizations. */
    private static String botUser(JsonNode payload) {
        var authorizations = payload.get("authorizations");
        return authorizations != null && authorizations.isArray() && authorizations.size() > 0
                ? SlackRequests.text(authorizations.get(0), "user_id") : null;
    }

    /** Mentions in channels and direct messages from people; never a bot's message, the bot's own, or an edit. */
    private static boolean isForTheBot(JsonNode event) {
        String type = SlackRequests.text(event, "type");
        boolean fromABot = event.get("bot_id") != null || event.get("subtype") != null;
        boolean mention = "app_mention".equals(type);
        boolean direct = "message".equals(type) && "im".equals(SlackRequests.text(event, "channel_type"));
        return (mention || direct) && !fromABot && SlackRequests.text(event, "user") != null;
    }

    /** The message as the chat engine takes it; a blank or overlong one gets the help text or is cut to the limit. */
    private String checked(String question) {
        if (question.isBlank()) {
            return HELP;
        }
        String limited = question.codePointCount(0, question.length()) > guard.maxLength()
                ? question.substring(0, question.offsetByCodePoints(0, guard.maxLength())) : question;
        try {
            return guard.check(limited);
        } catch (HttpStatusException e) {
            return HELP;
        }
    }

    @Post(uri = "/commands", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> command(@Header(TIMESTAMP) @Nullable String timestamp, @Header(SIGNATURE) @Nullable String sig,
                                   @Body @Nullable String body) {
        verify(timestamp, sig, body);
        var form = SlackRequests.form(body);
        var reply = new HashMap<String, Object>();
        var wait = limiter.acquire("slack:" + form.get("user_id"));
        if (wait.isPresent()) {
            reply.put("response_type", "ephemeral");
            reply.put("text", tooFast(wait.getAsLong()));
            return HttpResponse.ok(reply);
        }
        String question = checked(SlackRequests.question(form.getOrDefault("text", "")));
        String conversation = "slack:" + form.get("team_id") + ":" + form.get("channel_id") + ":" + form.get("user_id");
        var answer = chat.replyNow(conversation, question).answer();
        reply.put("response_type", "in_channel".equals(configuration.responseType()) ? "in_channel" : "ephemeral");
        reply.put("text", Mrkdwn.plain(answer.text()));
        reply.put("blocks", SlackBlocks.of(answer, question));
        return HttpResponse.ok(reply);
    }

    @Post(uri = "/interactions", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> interaction(@Header(TIMESTAMP) @Nullable String timestamp, @Header(SIGNATURE) @Nullable String sig,
                                       @Body @Nullable String body) {
        verify(timestamp, sig, body);
        var payload = SlackRequests.json(json, SlackRequests.form(body).get("payload"));
        if (payload == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "no JSON payload field");
        }
        var actions = payload.get("actions");
        if (!"block_actions".equals(SlackRequests.text(payload, "type")) || actions == null || !actions.isArray()
                || actions.size() == 0) {
            return HttpResponse.ok();
        }
        var action = actions.get(0);
        String actionId = String.valueOf(SlackRequests.text(action, "action_id"));
        String value = String.valueOf(SlackRequests.text(action, "value"));
        String user = SlackRequests.text(payload, "user", "id");
        if (actionId.equals(SlackBlocks.FEEDBACK_UP) || actionId.equals(SlackBlocks.FEEDBACK_DOWN)) {
            int bar = value.indexOf('|');
            LOG.info("Feedback {} from {} on intent {} for question \"{}\"", actionId.equals(SlackBlocks.FEEDBACK_UP) ? "up" : "down",
                    user, bar < 0 ? value : value.substring(0, bar), bar < 0 ? "" : value.substring(bar + 1).replaceAll("\\p{Cntrl}", " "));
        } else if (actionId.startsWith(SlackBlocks.SUGGESTION)) {
            askSuggestion(payload, value);
        }
        return HttpResponse.ok();
    }

    /** A suggestion button asks its question where the button is: in its thread, or in the DM. */
    private void askSuggestion(JsonNode payload, String question) {
        String channel = SlackRequests.text(payload, "channel", "id");
        if (channel == null) {
            channel = SlackRequests.text(payload, "container", "channel_id");
        }
        if (channel == null) {
            return;
        }
        boolean direct = channel.startsWith("D");
        String thread = SlackRequests.text(payload, "message", "thread_ts");
        if (thread == null && !direct) {
            thread = SlackRequests.text(payload, "message", "ts");
        }
        answerUnlessThrottled(SlackRequests.text(payload, "user", "id"), SlackRequests.text(payload, "team", "id"), channel,
                thread, question);
    }

    private void verify(String timestamp, String sig, String body) {
        if (!signature.verify(timestamp, sig, body == null ? "" : body, clock.instant().getEpochSecond())) {
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "request signature is missing, wrong or stale");
        }
    }
}

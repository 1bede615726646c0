package careerbot.slack;

import careerbot.DaemonThreads;
import careerbot.dialogue.Answer;
import careerbot.dialogue.ChatService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Answers Slack messages off the request thread and posts the replies. Work is bounded (a fixed pool and queue);
 * a 429 waits for Slack's Retry-After, a failure backs off, both a bounded number of times; a reply that can't be
 * delivered is logged, never dropped silently.
 */
@Singleton
@Requires(property = SlackConfiguration.PREFIX + ".signing-secret", pattern = ".+")
public class SlackReplier {

    private static final Logger LOG = LoggerFactory.getLogger(SlackReplier.class);
    private static final int WORKERS = 2;
    private static final int QUEUE = 1000;
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final ChatService chat;
    private final SlackApi api;
    private final SlackConfiguration configuration;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService delays;

    public SlackReplier(ChatService chat, SlackApi api, SlackConfiguration configuration) {
        this.chat = chat;
        this.api = api;
        this.configuration = configuration;
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                DaemonThreads.named("slack-reply"));
        this.delays = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("slack-retry"));
    }

    /** Where a reply goes: the channel, and the thread when it belongs in one. */
    record Destination(String channel, String threadTs) { }

    /** Answers a question and posts the reply, later: the caller returns to Slack at once. */
    void answerLater(String conversationId, Destination destination, String question) {
        submit(destination, () -> {
            var answer = chat.replyNow(conversationId, question).answer();
            post(message(destination, answer, question), destination, 0);
        });
    }

    /** Posts a short plain notice (no blocks), later. */
    void tellLater(Destination destination, String text) {
        var message = addressedTo(destination);
        message.put("text", text);
        submit(destination, () -> post(message, destination, 0));
    }

    static Map<String, Object> message(Destination destination, Answer answer, String question) {
        var message = addressedTo(destination);
        message.put("text", Mrkdwn.plain(answer.text()));
        message.put("blocks", SlackBlocks.of(answer, question));
        message.put("unfurl_links", false);
        return message;
    }

    /** A chat.postMessage body with only its channel and thread filled in. */
    private static Map<String, Object> addressedTo(Destination destination) {
        var message = new HashMap<String, Object>();
        message.put("channel", destination.channel());
        if (destination.threadTs() != null) {
            message.put("thread_ts", destination.threadTs());
        }
        return message;
    }

    private void submit(Destination destination, Runnable job) {
        try {
            workers.execute(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    LOG.error("Slack reply to {} lost: {}", destination.channel(), e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.error("Slack reply to {} lost: reply queue full ({} waiting)", destination.channel(), QUEUE);
        }
    }

    private void post(Map<String, Object> message, Destination destination, int attempt) {
        long retryAfterSeconds;
        String why;
        try {
            var response = api.postMessage("Bearer " + configuration.botToken(), message);
            var result = response.getBody().orElse(null);
            if (result == null || !result.ok()) {
                LOG.warn("Slack chat.postMessage to {} not ok: {}", destination.channel(), result == null ? "no body" : result.error());
            }
            return;
        } catch (HttpClientResponseException e) {
            why = "HTTP " + e.code();
            if (e.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                retryAfterSeconds = e.getResponse().getHeaders().get("Retry-After", Long.class).orElse(1L);
            } else if (e.code() >= 500) {
                retryAfterSeconds = 1L << attempt;
            } else {
                LOG.error("Slack reply to {} lost: {}", destination.channel(), why);
                return;
            }
        } catch (HttpClientException e) {
            why = e.getClass().getSimpleName();
            retryAfterSeconds = 1L << attempt;
        }
        if (attempt >= configuration.maxRetries() || delays.isShutdown()) {
            LOG.error("Slack reply to {} lost after {} attempts: {}", destination.channel(), attempt + 1, why);
            return;
        }
        long delay = Math.min(Math.max(retryAfterSeconds, 0), configuration.maxRetryDelaySeconds());
        LOG.info("Slack reply to {} failed ({}); retrying in {} s", destination.channel(), why, delay);
        delays.schedule(() -> submit(destination, () -> post(message, destination, attempt + 1)), delay, TimeUnit.SECONDS);
    }

    @PreDestroy
    void close() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.error("Slack replies lost at shut-down: {} still in flight", workers.shutdownNow().size());
        }
        int pendingRetries = delays.shutdownNow().size();
        if (pendingRetries > 0) {
            LOG.error("Slack replies lost at shut-down: {} waiting to be retried", pendingRetries);
        }
    }
}

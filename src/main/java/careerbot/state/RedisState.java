package careerbot.state;

import careerbot.DaemonThreads;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one Redis connection the replicas share state through. Redis is an aid, never a dependency: a command that
 * fails or times out gives its fallback at once, the outage is logged once a minute and shown in {@code /health},
 * and the connection comes back by itself (Lettuce reconnects; a first connection is retried in the background).
 */
@Singleton
@Requires(property = StateConfiguration.PREFIX + ".store", value = "redis")
public class RedisState {

    private static final Logger LOG = LoggerFactory.getLogger(RedisState.class);
    /** A command slower than this is as good as failed: the bot answers without it. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private static final Duration LOG_OUTAGE_EVERY = Duration.ofMinutes(1);
    private static final long CONNECT_RETRY_SECONDS = 2;

    private final RedisClient client;
    private final ScheduledExecutorService reconnects;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile Instant downSince;
    private volatile Instant lastLogged = Instant.EPOCH;
    private volatile String lastError = "";

    public RedisState(RedisClient client) {
        this.client = client;
        // Fail fast while disconnected instead of queueing commands until Redis returns.
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT)).build());
        this.reconnects = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("redis-connect"));
        connect();
    }

    private void connect() {
        try {
            connection = client.connect();
            LOG.info("State store: Redis connected");
        } catch (RuntimeException e) {
            failed(e);
            reconnects.schedule(this::connect, CONNECT_RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Runs a command; on any failure the fallback, at once. */
    public <T> CompletableFuture<T> call(Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command, T fallback) {
        var current = connection;
        if (current == null) {
            return CompletableFuture.completedFuture(fallback);
        }
        try {
            return command.apply(current.async()).toCompletableFuture()
                    .orTimeout(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((value, error) -> {
                        if (error != null) {
                            failed(error);
                            return fallback;
                        }
                        recovered();
                        return value;
                    });
        } catch (RuntimeException e) {
            failed(e);
            return CompletableFuture.completedFuture(fallback);
        }
    }

    private void failed(Throwable error) {
        var now = Instant.now();
        if (downSince == null) {
            downSince = now;
        }
        lastError = error.getClass().getSimpleName();
        if (Duration.between(lastLogged, now).compareTo(LOG_OUTAGE_EVERY) >= 0) {
            lastLogged = now;
            LOG.warn("Redis unreachable since {} ({}): answering without follow-up memory", downSince, lastError);
        }
    }

    private void recovered() {
        if (downSince != null) {
            LOG.info("Redis is back after an outage since {}", downSince);
            downSince = null;
            lastLogged = Instant.EPOCH;
        }
    }

    /** When the current outage began, or null while Redis answers. */
    public Instant downSince() {
        return downSince;
    }

    public String lastError() {
        return lastError;
    }

    /** Asks Redis for a PONG, so an idle replica notices an outage (and its end) too. */
    public CompletableFuture<String> ping() {
        return call(RedisAsyncCommands::ping, null);
    }

    @PreDestroy
    void close() {
        reconnects.shutdownNow();
        var current = connection;
        if (current != null) {
            current.close();
        }
    }
}

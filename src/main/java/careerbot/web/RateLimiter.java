package careerbot.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client: {@code requestsPerMinute} tokens, refilled continuously. Buckets of clients gone quiet
 * are dropped, and their number is bounded, so a flood of made-up identities can't exhaust memory.
 */
@Singleton
public class RateLimiter {

    private static final long MAX_CLIENTS = 100_000;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    private final RateLimitConfiguration configuration;
    private final double tokensPerNano;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS).expireAfterAccess(FORGET_AFTER).build();

    public RateLimiter(RateLimitConfiguration configuration) {
        this.configuration = configuration;
        this.tokensPerNano = configuration.requestsPerMinute() / 60e9;
    }

    /** Takes one request's token: empty when allowed, else the seconds until the client may ask again. */
    public OptionalLong acquire(String client) {
        if (!configuration.enabled()) {
            return OptionalLong.empty();
        }
        var bucket = buckets.get(client, k -> new Bucket(configuration.requestsPerMinute(), System.nanoTime()));
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket.tokens = Math.min(configuration.requestsPerMinute(), bucket.tokens + (now - bucket.updated) * tokensPerNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1e9));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}

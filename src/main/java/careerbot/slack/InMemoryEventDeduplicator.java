package careerbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;

/** One machine's memory of handled events: Slack retries within minutes, so an hour is ample and bounds it. */
@Singleton
@Requires(property = "careerbot.state.store", value = "memory", defaultValue = "memory")
public class InMemoryEventDeduplicator implements EventDeduplicator {

    private static final Duration REMEMBER = Duration.ofHours(1);
    private static final long MAX_EVENTS = 100_000;

    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBER)
            .maximumSize(MAX_EVENTS)
            .build();

    @Override
    public boolean firstDelivery(String eventId) {
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}

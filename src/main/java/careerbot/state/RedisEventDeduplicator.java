package careerbot.state;

import careerbot.slack.EventDeduplicator;
import careerbot.slack.InMemoryEventDeduplicator;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * Handled Slack events in Redis: {@code SET careerbot:slack-event:<id> 1 NX EX 3600} is atomic, so when Slack's retry
 * reaches another replica only one of them answers. With Redis unreachable each replica still remembers what it
 * handled itself.
 */
@Singleton
@Requires(property = StateConfiguration.PREFIX + ".store", value = "redis")
public class RedisEventDeduplicator implements EventDeduplicator {

    static final String KEY = "careerbot:slack-event:";
    private static final long REMEMBER_SECONDS = Duration.ofHours(1).toSeconds();

    private final RedisState redis;
    private final InMemoryEventDeduplicator local = new InMemoryEventDeduplicator();

    public RedisEventDeduplicator(RedisState redis) {
        this.redis = redis;
    }

    @Override
    public boolean firstDelivery(String eventId) {
        boolean firstHere = local.firstDelivery(eventId);
        try {
            String set = redis.call(commands -> commands.set(KEY + eventId, "1", SetArgs.Builder.nx().ex(REMEMBER_SECONDS)),
                    firstHere ? "OK" : null).get();
            return "OK".equals(set);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return firstHere;
        } catch (ExecutionException e) {
            return firstHere;
        }
    }
}

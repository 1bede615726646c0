package careerbot.state;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;

/**
 * {@code /health}: the shared state store. Redis unreachable is {@code DEGRADED}, not down: the bot still answers,
 * only without follow-up memory across replicas, so the service stays UP (HTTP 200) and a load balancer keeps
 * sending it traffic; {@code details.state} says DEGRADED, since when, and why.
 */
@Singleton
@Requires(property = StateConfiguration.PREFIX + ".store", value = "redis")
public class StateHealthIndicator implements HealthIndicator {

    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED",
            "Redis unreachable: answering without shared conversations", true, null);

    private final RedisState redis;

    public StateHealthIndicator(RedisState redis) {
        this.redis = redis;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(redis.ping().thenApply(pong -> {
            var details = new LinkedHashMap<String, Object>();
            details.put("store", "redis");
            var since = redis.downSince();
            if (since != null) {
                details.put("downSince", since.toString());
                details.put("error", redis.lastError());
            }
            return HealthResult.builder("state", since == null ? HealthStatus.UP : DEGRADED).details(details).build();
        }));
    }
}

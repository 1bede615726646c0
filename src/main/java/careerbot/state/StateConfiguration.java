package careerbot.state;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param store where conversations and handled Slack events live: {@code memory} (one machine, the default) or
 *              {@code redis} (replicas behind a load balancer share them; Redis at {@code redis.uri})
 */
@ConfigurationProperties(StateConfiguration.PREFIX)
public record StateConfiguration(@Bindable(defaultValue = "memory") String store) {
    public static final String PREFIX = "careerbot.state";
}

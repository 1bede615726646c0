package careerbot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param enabled           throttle each client of the public endpoints
 * @param requestsPerMinute sustained rate a client may ask at; a burst of as many is allowed
 * @param trustForwardedFor identify web clients by the first {@code X-Forwarded-For} address (only behind a proxy
 *                          that sets it; otherwise a client could pick any identity)
 */
@ConfigurationProperties(RateLimitConfiguration.PREFIX)
public record RateLimitConfiguration(@Bindable(defaultValue = "true") boolean enabled,
                                     @Bindable(defaultValue = "60") int requestsPerMinute,
                                     @Bindable(defaultValue = "false") boolean trustForwardedFor) {
    public static final String PREFIX = "careerbot.rate-limit";
}

package careerbot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** @param maxMessageLength longest message accepted, in characters; longer ones get 413 */
@ConfigurationProperties(ChatConfiguration.PREFIX)
public record ChatConfiguration(@Bindable(defaultValue = "1000") int maxMessageLength) {
    public static final String PREFIX = "careerbot.chat";
}

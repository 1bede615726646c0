package careerbot.nlu;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param confidenceThreshold below this probability a message is out of scope: the bot says what it can answer
 *                            rather than guess
 */
@ConfigurationProperties(NluConfiguration.PREFIX)
public record NluConfiguration(@Bindable(defaultValue = "0.4") double confidenceThreshold) {
    public static final String PREFIX = "careerbot.nlu";
}

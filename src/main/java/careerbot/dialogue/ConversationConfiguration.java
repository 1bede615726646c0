package careerbot.dialogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param maxSize     conversations kept at most; the least recently used go first
 * @param idleTimeout a conversation untouched this long is forgotten
 */
@ConfigurationProperties(ConversationConfiguration.PREFIX)
public record ConversationConfiguration(@Bindable(defaultValue = "100000") long maxSize,
                                        @Bindable(defaultValue = "30m") Duration idleTimeout) {
    public static final String PREFIX = "careerbot.conversations";
}

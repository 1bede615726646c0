package careerbot.dialogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param maxSize     conversations kept in memory at most: the half written to last is always kept, older ones go first
 *                    (in the memory store, which reserves about 150 bytes for each at start-up; Redis keeps all)
 * @param idleTimeout a conversation untouched this long is forgotten
 */
@ConfigurationProperties(ConversationConfiguration.PREFIX)
public record ConversationConfiguration(@Bindable(defaultValue = "100000") long maxSize,
                                        @Bindable(defaultValue = "30m") Duration idleTimeout) {
    public static final String PREFIX = "careerbot.conversations";
}

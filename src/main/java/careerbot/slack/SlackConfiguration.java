package careerbot.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Slack app settings. Secrets come from the environment only ({@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN})
 * and this record's {@code toString} never shows them.
 *
 * @param signingSecret  verifies that a request comes from Slack; without it the Slack endpoints are off
 * @param botToken       authorises {@code chat.postMessage}
 * @param apiUrl         Slack's Web API base URL (a fake one in tests)
 * @param responseType   slash-command replies: {@code ephemeral} (only the asker sees it) or {@code in_channel}
 * @param maxRetries     attempts after a 429 or a failure before a reply is given up (and logged)
 * @param maxRetryDelaySeconds longest Retry-After honoured; a longer one is capped
 */
@ConfigurationProperties(SlackConfiguration.PREFIX)
public record SlackConfiguration(@Nullable String signingSecret,
                                 @Nullable String botToken,
                                 @Bindable(defaultValue = "https://slack.com/api") String apiUrl,
                                 @Bindable(defaultValue = "ephemeral") String responseType,
                                 @Bindable(defaultValue = "3") int maxRetries,
                                 @Bindable(defaultValue = "30") int maxRetryDelaySeconds) {
    public static final String PREFIX = "slack";

    @Override
    public String toString() {
        return "SlackConfiguration[apiUrl=" + apiUrl + ", responseType=" + responseType + ", secrets hidden]";
    }
}

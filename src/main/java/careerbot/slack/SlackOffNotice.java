package careerbot.slack;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.LoggerFactory;

/** Says once, at start-up, that Slack is off and how to turn it on; the rest of the bot runs as usual. */
@Context
@Requires(missingProperty = SlackConfiguration.PREFIX + ".signing-secret")
final class SlackOffNotice {

    SlackOffNotice() {
        LoggerFactory.getLogger(SlackOffNotice.class).info("Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on");
    }
}

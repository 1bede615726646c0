package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on social media managers and content strategists, beside the seed: their duties a list under a
 * sub-section per role ("## Day-to-day duties", "### Social media manager"), then sections on both with a sentence
 * on each, one opening with a label that names no role ("Social media never sleeps: …").
 */
class MarketingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Social media manager vs content strategist"
            roles:
              - name: social media manager
                aliases: [social media managers]
              - name: content strategist
                aliases: [content strategists]
            ---

            # Social media manager vs content strategist

            ## Day-to-day duties

            ### Social media manager

            - Plan and schedule posts across Instagram, TikTok and LinkedIn
            - Reply to comments and messages, often within the hour
            - Track engagement and report on what worked

            ### Content strategist

            - Research what the audience needs
            - Set the editorial calendar and style guide

            ## Work-life balance

            Social media never sleeps: social media managers often check channels at weekends. Content strategists \
            mostly keep regular office hours.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("social-media-manager-vs-content-strategist.md", ARTICLE);

    @Test
    void aRolesListUnderItsOwnHeadingSaysWhatItDoes() {
        var overview = bot.ask(null, "what does a social media manager do?");
        assertTrue(overview.reply().contains("- Plan and schedule posts across Instagram, TikTok and LinkedIn\n"
                + "- Reply to comments and messages, often within the hour\n"
                + "- Track engagement and report on what worked"), overview.reply());
        assertEquals("Social media manager", overview.sources().get(0).section());
        var duties = bot.ask(null, "what are the duties of a content strategist?").reply();
        assertTrue(duties.contains("- Research what the audience needs\n- Set the editorial calendar and style guide"),
                duties);
    }

    @Test
    void aLabelNamingNoRoleStaysInTheRolesPart() {
        var reply = bot.ask(null, "social media manager vs content strategist").reply();
        assertTrue(reply.contains("**Work-life balance**\n- *Social media manager:* Social media never sleeps: social "
                + "media managers often check channels at weekends.\n- *Content strategist:* Content strategists "
                + "mostly keep regular office hours."), reply);
    }
}

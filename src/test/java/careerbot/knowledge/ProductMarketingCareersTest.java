package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on marketing managers and product marketing managers copied as text, beside the seed, whose product manager
 * the second role's name holds and its text names: whether one role works with another is what the first's
 * sentences naming the other say.
 */
class ProductMarketingCareersTest {

    private static final String PAGE = """
            Skip to main content

            Career paths: What's the difference between a marketing manager and a product marketing manager?

            Published August 12, 2024| minute read

                Marketing managers and product marketing managers both work to bring in customers.

                What does a marketing manager do?

                Marketing managers plan and run campaigns across email, social media, search and events.

                What does a product marketing manager do?

                Product marketing managers work closely with product managers to understand what is being built and \
            who it is for. They write the positioning and messaging, and plan product launches.
            """;

    @RegisterExtension
    static final BotWithArticle bot =
            new BotWithArticle("marketing-manager-vs-product-marketing-manager.txt", PAGE);

    @Test
    void whetherOneRoleWorksWithAnotherIsWhatItsSentencesNamingTheOtherSay() {
        var together = bot.ask(null, "do product marketing managers work with product managers?").reply();
        assertTrue(together.contains("Product marketing managers work closely with product managers"), together);
        var overview = bot.ask(null, "what does a product marketing manager do?").reply();
        assertTrue(overview.contains("They write the positioning and messaging"), overview);
        assertFalse(overview.contains("guiding the entire lifecycle"), overview);
    }
}

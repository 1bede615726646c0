package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home inspectors and appraisers, beside the seed, in a page's text: a question whose topic comes before the role
 * ("who hires an appraiser?") asks it of the role, though the model takes it for what the role does.
 */
class HomeBuyingCareersTest {

    private static final String ARTICLE = """
            Home Inspector vs. Appraiser: What's the Difference?

            A home inspector checks the condition of a home; an appraiser estimates what it is worth.

            What a home inspector does
            A home inspector examines a house from the roof to the foundation.

            What an appraiser does
            An appraiser estimates a property's market value, usually for the lender.

            Who hires them
            Home inspectors are hired by the buyer. Appraisers are ordered by the mortgage lender, although the buyer \
            usually pays the fee.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("appraiser-vs-home-inspector.txt", ARTICLE);

    @Test
    void aTopicBeforeTheRoleIsAskedOfIt() {
        var inspectors = bot.ask(null, "who hires home inspectors?").reply();
        assertTrue(inspectors.contains("Home inspectors are hired by the buyer."), inspectors);
        assertFalse(inspectors.contains("roof to the foundation"), inspectors);
        // Under a heading on the topic, though the sentence on the role says it otherwise.
        var appraisers = bot.ask(null, "who hires an appraiser?").reply();
        assertTrue(appraisers.contains("Appraisers are ordered by the mortgage lender"), appraisers);
    }
}

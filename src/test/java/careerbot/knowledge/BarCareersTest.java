package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bartenders and mixologists, beside the seed: each role's section ends with "Quick facts:" and a list of labelled
 * items on its pay, education and outlook.
 */
class BarCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Bartender vs. mixologist: what's the difference?"
            roles:
              - name: bartender
              - name: mixologist
            ---

            # Bartender vs. mixologist: what's the difference?

            ## Bartender

            A bartender serves drinks to customers at a bar, pours beer and wine and keeps the bar stocked.

            Quick facts:

            - Median pay: $31,510 a year plus tips (BLS, 2023)
            - Education: no formal education; most learn on the job
            - Outlook: 3% growth from 2023 to 2033

            ## Mixologist

            A mixologist studies the history and chemistry of drinks and creates new cocktails.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("bartender-vs-mixologist.md", ARTICLE);

    @Test
    void whatARoleDoesLeavesOutAListOfFactsOnOtherAspects() {
        var bartender = bot.ask(null, "what does a bartender do?").reply();
        assertTrue(bartender.contains("serves drinks to customers"), bartender);
        assertFalse(bartender.contains("Median pay"), bartender);
        var pay = bot.ask(null, "how much does a bartender make?").reply();
        assertTrue(pay.contains("$31,510 a year"), pay);
    }

    @Test
    void tipsAreATopicThoughTheirSingularIsShort() {
        var bartenders = bot.ask(null, "do bartenders get tips?").reply();
        assertTrue(bartenders.contains("$31,510 a year plus tips"), bartenders);
        var mixologists = bot.ask(null, "do mixologists get tips?").reply();
        assertTrue(mixologists.contains("don't cover that for the mixologist role"), mixologists);
    }
}

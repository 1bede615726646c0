package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with a section on each role that ends in lists led by a label alone ("Pros:", "Cons:"): what a role does
 * stops before them, and its pros and cons are both lists.
 */
class WineCareersTest {

    private static final String ARTICLE = """
            # Sommelier vs winemaker

            Both careers revolve around wine, but one makes it and the other serves it.

            ## The sommelier

            A sommelier is a wine expert who works in restaurants, hotels and wine shops. Sommeliers build the wine
            list and recommend wines to guests.

            Pros:
            - Working with people and food every night
            - Travel to wine regions and tastings

            Cons:
            - Late nights and weekends
            - Expensive certification exams

            ## The winemaker

            A winemaker oversees the making of wine at a winery, from harvesting grapes to bottling.

            Pros:
            - Creating a product from start to finish

            Cons:
            - Long hours during harvest
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("sommelier-vs-winemaker.md", ARTICLE);

    @Test
    void whatARoleDoesStopsBeforeAListLedByALabelAlone() {
        var reply = bot.ask(null, "what does a sommelier do?").reply();
        assertTrue(reply.contains("Sommeliers build the wine"), reply);
        assertFalse(reply.contains("Pros:"), reply);
    }

    @Test
    void prosAndConsAreTheListsTheirLabelsLead() {
        var reply = bot.ask(null, "what are the pros and cons of being a sommelier?").reply();
        assertTrue(reply.contains("Pros:\n- Working with people and food every night")
                && reply.contains("Cons:\n- Late nights and weekends"), reply);
        assertFalse(reply.contains("Long hours during harvest"), reply);
    }
}

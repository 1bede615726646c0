package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with a section on each role and the same subheadings under each ("### What they do", "### Licensing"):
 * compared, the roles are set side by side under each subheading but the one their overviews quote.
 */
class BrokerageCareersTest {

    private static final String ARTICLE = """
            ---
            title: Stockbroker vs. Financial Advisor
            roles:
              - name: stockbroker
                aliases: [stockbrokers]
              - name: financial advisor
                aliases: [financial advisors]
            ---

            # Stockbroker vs. Financial Advisor

            ## Stockbroker

            ### What they do

            Stockbrokers buy and sell stocks and bonds on behalf of clients, and earn a commission on each trade.

            ### Licensing

            In the US, stockbrokers must pass the FINRA Series 7 exam.

            ## Financial advisor

            ### What they do

            Financial advisors look at a client's whole financial picture and build a long-term plan.

            ### Licensing

            Many financial advisors hold the Certified Financial Planner (CFP) certification.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("stockbroker-vs-financial-advisor.md", ARTICLE);

    @Test
    void rolesAreComparedUnderTheSubheadingsTheirSectionsShare() {
        var reply = bot.ask(null, "stockbroker vs financial advisor").reply();
        assertTrue(reply.contains("**Licensing**\n- *Stockbroker:* In the US, stockbrokers must pass the FINRA")
                && reply.contains("- *Financial advisor:* Many financial advisors hold the Certified"), reply);
        assertEquals(1, reply.split("Stockbrokers buy and sell stocks", -1).length - 1, reply);
    }
}

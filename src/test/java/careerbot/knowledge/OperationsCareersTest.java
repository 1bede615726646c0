package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on supply chain managers and logistics managers, beside the seed: the two names share their head and
 * "logistics" names the second's field; a takeaway on both roles names the first's field ("supply chain
 * management"); an interview asks its questions as "Q: …?" lines, answered on the next line or in the next
 * paragraph.
 */
class OperationsCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Supply chain manager vs. logistics manager: what's the difference?"
            roles:
              - name: supply chain manager
                aliases: [supply chain managers]
              - name: logistics manager
                aliases: [logistics managers]
            ---

            # Supply chain manager vs. logistics manager: what's the difference?

            **Key takeaways**

            - Logistics is one part of the supply chain: moving and storing goods.
            - Both roles usually need a bachelor's degree in business or supply chain management.

            ## The supply chain manager

            Supply chain managers plan how a company buys, makes and delivers its products.

            ## The logistics manager

            Logistics managers run the movement of goods: transport, warehousing and distribution.

            ## Interview: a day in operations

            We asked a supply chain manager at a food distributor about her work.

            Q: What surprised you most about the job?
            A: How much of it is negotiation.

            Q: Do you travel much? A: Twice a month, to visit suppliers.

            Q: Would you recommend starting in logistics?

            A: Yes. Most supply chain managers I know started as logistics coordinators.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("supply-chain-vs-logistics-manager.md", ARTICLE);

    @Test
    void aSecondNameSaidWholeIsNoHeadLeftOutOfTheFirst() {
        for (var question : new String[] {"supply chain manager vs logistics manager",
                "logistics manager vs supply chain manager"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("plan how a company buys") && reply.contains("run the movement of goods"),
                    question + ": " + reply);
        }
    }

    @Test
    void aSentenceOpeningWithBothIsOnBothRolesWhateverFieldItNames() {
        var reply = bot.ask(null, "what do supply chain managers and logistics managers have in common?").reply();
        assertTrue(reply.contains("- Both roles usually need a bachelor's degree"), reply);
    }

    @Test
    void anInterviewsQuestionLinesAreAnsweredAsAnFaqsHeadings() {
        var start = bot.ask(null, "would you recommend starting in logistics?");
        assertTrue(start.reply().contains("Most supply chain managers I know started as logistics coordinators"),
                start.reply());
        assertFalse(start.reply().contains("A: "), start.reply());
        assertEquals("Would you recommend starting in logistics?", start.sources().get(0).section());
        var surprise = bot.ask(null, "what surprised you most about the job of a supply chain manager?");
        assertEquals("What surprised you most about the job?", surprise.sources().get(0).section(),
                surprise.reply());
        // A question and its answer on one line.
        var travel = bot.ask(null, "do supply chain managers travel much?");
        assertTrue(travel.reply().contains("Twice a month, to visit suppliers."), travel.reply());
        assertEquals("Do you travel much?", travel.sources().get(0).section(), travel.reply());
    }
}

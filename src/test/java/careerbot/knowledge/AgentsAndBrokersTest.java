package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on real estate agents and brokers, beside the seed, in Markdown with front matter (the page's text of
 * {@link RealEstateCareersTest} lists no aliases): each role's last word its alias ("agent", "broker"), what each does
 * in bold-led paragraphs under "Day to day", each role's sub-section under "Pros and cons", a section on licensing and
 * an FAQ heading "Do I need a degree?".
 */
class AgentsAndBrokersTest {

    private static final String ARTICLE = """
            ---
            title: Real estate agent vs. real estate broker
            roles:
              - name: real estate agent
                aliases: [agent, agents, real estate agents]
              - name: real estate broker
                aliases: [broker, brokers, real estate brokers]
            ---

            # Real estate agent vs. real estate broker

            In most U.S. states a broker holds a higher license than an agent and can run a brokerage of their own.

            ## Licensing

            To become an agent you complete pre-licensing coursework and pass a state exam.

            A broker's license requires more: two to three years of experience as a licensed agent and a harder exam.

            ## How they are paid

            The commission on a sale is split between the broker and the agent; experienced agents negotiate more.

            ## Day to day

            **Agents** spend their days showing homes, hosting open houses and following up on leads.

            **Brokers** also supervise agents, review contracts and handle the money held in escrow.

            ## Pros and cons

            ### Real estate agent

            - Low cost to get started
            - Income can be unpredictable

            ### Real estate broker

            - Higher earning potential
            - Legal responsibility for the agents you supervise

            ## Do I need a degree?

            No. Neither role requires a college degree, although courses in business or finance help.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("real-estate-agent-vs-broker.md", ARTICLE);

    @Test
    void aRolesLastWordAfterAnotherFieldIsAnotherJob() {
        for (var job : new String[] {"mortgage broker", "travel agent"}) {
            var reply = bot.ask(null, "what does a " + job + " do?").reply();
            assertTrue(reply.startsWith("I don't have an article about the " + job + " role"), reply);
        }
        // The article writes "experienced agents": those are its agents.
        var paid = bot.ask(null, "how are experienced agents paid?").reply();
        assertTrue(paid.contains("experienced agents negotiate more"), paid);
        // A word before, in another clause, makes no title of it.
        var compared = bot.ask(null, "Selling homes, agent vs broker?");
        assertEquals(List.of("real estate agent", "real estate broker"), compared.roles(), compared.reply());
    }

    @Test
    void aTopicNoArticleHoldsLeavesWhatTheRoleDoes() {
        var reply = bot.ask(null, "what does an agent do in the morning?").reply();
        assertTrue(reply.contains("showing homes"), reply);
        assertFalse(reply.contains("Low cost to get started"), reply);
    }

    @Test
    void aQuestionHeadingSayingTheTopicInASynonymOnlyLeavesItToTheArticlesOwnWord() {
        var license = bot.ask(null, "what license does a broker need?").reply();
        assertTrue(license.contains("A broker's license requires more"), license);
        assertFalse(license.contains("Neither role requires a college degree"), license);
        var degree = bot.ask(null, "do I need a degree to be a broker?").reply();
        assertTrue(degree.contains("Neither role requires a college degree"), degree);
    }
}

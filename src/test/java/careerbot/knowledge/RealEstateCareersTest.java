package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on real estate agents and brokers, beside the seed: figures said of "real estate sales agents" by
 * the "Bureau of Labor Statistics", and a title the page writes of no role it covers ("a managing broker").
 */
class RealEstateCareersTest {

    private static final String ARTICLE = """
            Real Estate Agent vs. Broker: What's the Difference?

            What is a real estate agent?
            A real estate agent is a licensed professional who helps clients buy, sell or rent homes. Every agent must \
            work under a supervising broker. Agents list homes on the Multiple Listing Service and refer buyers to a \
            Mortgage Loan Specialist.

            What is a real estate broker?
            A real estate broker is an agent who has passed the broker license exam. Brokers can work independently. \
            A managing broker oversees the agents of an office and makes sure every transaction follows the law. Some \
            brokers also run a Property Management business.

            Key differences
            Income: brokers keep more of each commission and can earn a share of their agents' commissions.

            Salary
            According to the Bureau of Labor Statistics, real estate sales agents earned a median of $56,620 a year in \
            May 2024, while real estate brokers earned a median of $72,280.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("real-estate-agent-vs-broker.txt", ARTICLE);

    @Test
    void aLongTitleWithOneMoreWordInsideStillNamesItsRole() {
        var pay = bot.ask(null, "how much does a real estate agent make?").reply();
        assertTrue(pay.contains("$56,620"), pay);
        var agents = bot.ask(null, "what do real estate sales agents earn?").reply();
        assertTrue(agents.contains("$56,620"), agents);
    }

    @Test
    void aNameThePageWritesInFullIsKnownByItsInitials() {
        var bls = bot.ask(null, "what does the BLS say real estate agents earn?").reply();
        assertTrue(bls.contains("$56,620"), bls);
        assertFalse(bls.contains("don't cover"), bls);
        // Not a role's name ("PM" of the seed's product manager), though "Property Management" has its initials.
        var pm = bot.ask(null, "what does a PM do?").reply();
        assertTrue(pm.contains("**What a product manager does**"), pm);
        // Nor initials two names share: "MLS" may be either.
        var mls = bot.ask(null, "what is the MLS?").reply();
        assertTrue(mls.contains("MLS") && !mls.contains("Multiple Listing Service"), mls);
    }

    @Test
    void aTitleThePageWritesOfNoRoleItCoversIsWhatItSays() {
        var managing = bot.ask(null, "what does a managing broker do?").reply();
        assertTrue(managing.contains("A managing broker oversees the agents of an office"), managing);
        assertFalse(managing.contains("I don't have an article"), managing);
        // Asked something the page doesn't say of it: no role of the page's, as before.
        var pay = bot.ask(null, "how much does a managing broker make?").reply();
        assertTrue(pay.contains("I don't have an article about the managing broker role"), pay);
        var mortgage = bot.ask(null, "what is a mortgage broker?").reply();
        assertTrue(mortgage.contains("I don't have an article about the mortgage broker role"), mortgage);
    }
}

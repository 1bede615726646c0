package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on customer service representatives and customer success managers, with no front matter and nothing on
 * whom each role suits: advice that fits no role does not list the seed's advice alone, as if its roles were all.
 */
class CustomerCareersTest {

    private static final String ARTICLE = """
            # Customer service representative or customer success manager?

            Both jobs keep customers happy, but at different moments. A customer service representative (CSR) answers
            customers' questions; a customer success manager (CSM) works with business customers over months.

            ## What customer service representatives do

            CSRs handle calls, emails and chats, one customer at a time. Most CSRs work in call centres or remotely.

            ## What customer success managers do

            CSMs own relationships with a portfolio of accounts, usually at software companies.

            ## How to get into each job

            A high school diploma is usually enough to become a CSR, and training happens on the job. Customer success
            managers usually have a bachelor's degree and experience in customer service or sales.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("csr-vs-csm.md", ARTICLE);

    @Test
    void adviceFittingNoRoleAsksWhichRolesWhenAnArticleSaysNothingOfWhomTheySuit() {
        var advice = bot.ask(null, "I want a job without a degree").reply();
        assertTrue(advice.contains("Which roles are you choosing between?")
                && advice.contains("customer success manager"), advice);
        assertFalse(advice.contains("**Product owner**"), advice);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mortgage brokers and loan officers, beside the seed: a list of licensing steps after a paragraph that leads it in,
 * pros and cons as lists under labels in each role's part, and an FAQ whose questions name no role.
 */
class MortgageCareersTest {

    private static final String ARTICLE = """
            ---
            title: Mortgage broker vs. loan officer
            roles:
              - name: mortgage broker
                aliases: [mortgage brokers, broker, brokers]
              - name: loan officer
                aliases: [loan officers]
            ---

            # Mortgage broker vs. loan officer

            A loan officer works for one lender. A mortgage broker shops many lenders for the borrower.

            ## Licensing

            Both roles need a license. Under the SAFE Act, mortgage brokers and loan officers who work for non-bank
            lenders must:

            - complete 20 hours of pre-licensing education
            - pass the NMLS SAFE test
            - pass a background and credit check

            ## Pros and cons

            ### Mortgage broker

            Pros:

            - you set your own hours
            - you can offer clients more choice

            Cons:

            - income swings with the housing market
            - you have to find your own clients

            ### Loan officer

            Pros:

            - steadier income and benefits
            - leads often come from the bank's branches

            Cons:

            - you can only sell one lender's products
            - sales targets set by the employer

            ## FAQ

            ### How long does it take to get licensed?

            Most people finish the 20 hours of education and pass the exam within one to two months.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("mortgage-broker-vs-loan-officer.md", ARTICLE);

    @Test
    void aParagraphLeadingInAListIsQuotedWithIt() {
        var license = bot.ask(null, "do I need a license to be a mortgage broker?").reply();
        assertTrue(license.contains("Both roles need a license. Under the SAFE Act"), license);
        assertTrue(license.contains("- pass the NMLS SAFE test"), license);
    }

    @Test
    void prosAndConsAreEachTheirListOnce() {
        var prosAndCons = bot.ask(null, "what are the pros and cons of being a loan officer?").reply();
        assertEquals(1, prosAndCons.split("steadier income and benefits", -1).length - 1, prosAndCons);
        assertTrue(prosAndCons.contains("Cons:\n- you can only sell one lender's products"), prosAndCons);
    }

    @Test
    void anFaqQuestionNamingNoRoleIsAnsweredWhenAskedSo() {
        var licensed = bot.ask(null, "how long does it take to get licensed?").reply();
        assertTrue(licensed.contains("within one to two months"), licensed);
    }
}

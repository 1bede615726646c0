package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bank tellers and personal bankers, beside the seed, in an article with a section of each role's own on each aspect
 * ("## Bank teller salary", "## Personal banker salary"), and a role whose field is spelt like a verb ("tell").
 */
class BankBranchCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Bank teller vs. personal banker: job description, salary and skills"
            roles:
              - name: bank teller
                aliases: [bank tellers, teller, tellers]
              - name: personal banker
                aliases: [personal bankers]
            ---

            # Bank teller vs. personal banker: job description, salary and skills

            Tellers handle transactions while personal bankers build relationships and sell products.

            ## Bank teller job description

            Bank tellers process deposits, withdrawals and loan payments at the counter.

            ## Personal banker job description

            Personal bankers open accounts, explain savings and credit products, and help customers apply for loans.

            ## Bank teller salary

            The median pay for tellers was $37,340 per year in May 2023, according to the Bureau of Labor Statistics.

            ## Personal banker salary

            Personal bankers earn more, typically between $45,000 and $60,000, plus bonuses tied to products sold.

            ## Bank teller: skills

            - Accuracy with cash and numbers
            - Friendly customer service

            ## Personal banker — skills

            - Sales and persuasion
            - Knowledge of financial products

            ## Job outlook

            Teller jobs are shrinking as customers bank online: the BLS projects a 15% decline from 2023 to 2033.
            Personal banker roles are more stable because advice still happens face to face.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("bank-teller-vs-personal-banker.md", ARTICLE);

    @Test
    void sectionsOfEachRolesOwnOnAnAspectAreComparedSideBySide() {
        var compared = bot.ask(null, "teller vs personal banker").reply();
        assertTrue(compared.contains("**Salary**\n- *Bank teller:* The median pay for tellers was $37,340"), compared);
        assertTrue(compared.contains("- *Personal banker:* Personal bankers earn more"), compared);
        assertTrue(compared.contains("**Skills**\n- *Bank teller:* Accuracy with cash and numbers; Friendly customer "
                + "service\n- *Personal banker:* Sales and persuasion; Knowledge of financial products"), compared);
    }

    @Test
    void aVerbSpeltLikeARolesFieldNamesNoRole() {
        var told = bot.ask(null, "tell me about personal bankers").reply();
        assertTrue(told.startsWith("**What a personal banker does**"), told);
    }

    @Test
    void prospectsAreTheOutlook() {
        var better = bot.ask(null, "which has better prospects, teller or personal banker?").reply();
        assertTrue(better.contains("the BLS projects a 15% decline"), better);
        var prospects = bot.ask(null, "what are the prospects for tellers?").reply();
        assertTrue(prospects.contains("the BLS projects a 15% decline"), prospects);
        assertFalse(prospects.contains("don't cover"), prospects);
    }
}

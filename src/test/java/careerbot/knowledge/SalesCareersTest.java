package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on account executives and account managers, beside the seed: what each does in a paragraph of its own
 * under "A day in the life", a sub-section per role under "Career path", advice under "Which one should you pick?",
 * and aliases that are words too ("AM").
 */
class SalesCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Account executive vs. account manager: hunters and farmers in sales"
            roles:
              - name: account executive
                aliases: [AE, AEs]
              - name: account manager
                aliases: [AM, AMs]
            ---

            # Account executive vs. account manager: hunters and farmers in sales

            The account executive is the "hunter" who closes new deals; the account manager is the "farmer" who looks \
            after customers once they have signed.

            ## A day in the life

            **Account executive.** An AE's day is built around the pipeline: discovery calls, product demos and \
            negotiating contract terms.

            **Account manager.** An AM's day is spent with existing customers: business reviews, renewals and \
            escalations.

            ## Career path

            ### Account executives

            Most AEs start as sales development representatives (SDRs), booking meetings for a year or two.

            ### Account managers

            Account managers often come from customer support or customer success.

            ## Which one should you pick?

            Pick the account executive role if you are competitive, resilient to rejection and motivated by uncapped \
            commission. Pick the account manager role if you like building long-term relationships.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("account-executive-vs-account-manager.md", ARTICLE);

    @Test
    void aRolesPartOfTheCareerPathIsNotWhatItDoes() {
        var executive = bot.ask(null, "what does an account executive do?").reply();
        assertTrue(executive.contains("built around the pipeline"), executive);
        assertFalse(executive.contains("SDRs"), executive);
        var compared = bot.ask(null, "AE vs AM").reply();
        assertTrue(compared.contains("spent with existing customers"), compared);
        assertFalse(compared.contains("customer support"), compared);
    }

    @Test
    void aShortFormOfTheTitleNamesIt() {
        var reply = bot.ask(null, "what does an account exec do?").reply();
        assertTrue(reply.contains("built around the pipeline"), reply);
    }

    @Test
    void aSectionOnWhichToPickAdvises() {
        var reply = bot.ask(null, "which one should I pick?").reply();
        assertTrue(reply.contains("Pick the account executive role if you are competitive"), reply);
        var motivated = bot.ask(null, "I am motivated by commission").reply();
        assertTrue(motivated.contains("the **account executive** role looks like the better fit"), motivated);
        var drawn = bot.ask(null, "I'm drawn to long-term relationships").reply();
        assertTrue(drawn.contains("the **account manager** role looks like the better fit"), drawn);
    }

    @Test
    void ofArticlesFittingAsWellTheOneAdvisingPicks() {
        // "competitive" is in the seed too, among the differences: "competitive positioning".
        var reply = bot.ask(null, "I'm competitive").reply();
        assertTrue(reply.contains("the **account executive** role looks like the better fit"), reply);
    }

    @Test
    void anAliasThatIsAWordIsTheRoleOnlyWhereARoleStands() {
        var move = bot.ask(null, "I am a product owner, can I become a product manager?");
        assertEquals(List.of("product owner", "product manager"), move.roles());
        assertTrue(move.reply().contains("from product owner to product manager"), move.reply());
        assertEquals(List.of("account manager"), bot.ask(null, "what does an am do").roles());
        assertEquals(List.of("account manager", "account executive"), bot.ask(null, "AM or AE?").roles());
    }
}

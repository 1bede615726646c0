package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on a career ladder, from cashier to store manager, whose front matter's title holds ": " without quotes
 * (read as text, with a warning, not a failed start), whose way between the roles is a section headed by a way from
 * one place to another that names neither ("How to get from the till to the manager's office"), and whose advice
 * names the second role by its field ("Store management suits people who…").
 */
class RetailLadderTest {

    private static final String ARTICLE = """
            ---
            title: From cashier to store manager: climbing the retail ladder
            roles:
              - name: cashier
                aliases: [cashiers, checkout operator]
              - name: store manager
                aliases: [store managers, shop manager]
            ---

            # From cashier to store manager: climbing the retail ladder

            Retail is one of the few industries where you can start with no qualifications and work your way up to
            running a business with millions in sales. Many store managers started on the tills.

            ## Cashier

            ### What a cashier does

            Cashiers scan items, take payments in cash or by card, give change and receipts, and handle returns and
            exchanges. They greet customers and keep their checkout area clean.

            ## Store manager

            ### What a store manager does

            A store manager is responsible for the whole shop: hiring, training and scheduling staff, meeting sales
            targets, managing stock and the budget.

            ## How to get from the till to the manager's office

            1. Show reliability as a cashier: turn up on time and learn every part of the store.
            2. Ask for extra responsibility, such as training new starters or opening and closing the store.
            3. Apply for a supervisor or assistant manager role; most chains promote from within.

            The climb usually takes five to ten years.

            ## Is it for you?

            Cashier work suits people who want flexible, part-time hours and enjoy talking to customers. Store
            management suits people who like leading a team, are comfortable with targets and can stay calm when
            things go wrong.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("cashier-vs-store-manager.md", ARTICLE);

    @Test
    void aTitleHoldingAColonWithoutQuotesIsReadAsText() {
        var overview = bot.ask(null, "what does a cashier do?").reply();
        assertTrue(overview.contains("Cashiers scan items"), overview);
        assertTrue(overview.contains("From cashier to store manager: climbing the retail ladder —"), overview);
    }

    @Test
    void theWayBetweenTheRolesIsTheSectionHeadedByAWayFromOnePlaceToAnother() {
        for (var question : new String[] {"how do I go from cashier to store manager?",
                "can a cashier become a store manager?"}) {
            var move = bot.ask(null, question).reply();
            assertTrue(move.contains("Show reliability as a cashier") && move.contains("Apply for a supervisor"),
                    question + ": " + move);
            assertFalse(move.contains("don't cover"), question + ": " + move);
        }
        var back = bot.ask(null, "can a store manager become a cashier?").reply();
        assertFalse(back.contains("Show reliability as a cashier"), "the way up is no way down: " + back);
    }

    @Test
    void whatTheUserLikesIsTheRoleWhoseFieldTheAdviceNames() {
        var advice = bot.ask(null, "which suits me? I like leading a team").reply();
        assertTrue(advice.contains("**store manager**") && advice.contains("Store management suits people"), advice);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on bakers and pastry chefs that says when bakers start work before where they work ("start work at 3 or
 * 4 a.m."), what pastry chefs work with ("fine, expensive materials") and whom a baker trains ("… rather than
 * employed by a bakery"): none of them is a workplace or a colleague of the role asked.
 */
class BakingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Baker vs pastry chef: what's the difference?"
            roles:
              - name: baker
                aliases: [bakers]
              - name: pastry chef
                aliases: [pastry chefs]
            ---

            # Baker vs pastry chef: what's the difference?

            ## Bakers

            Bakers make bread, rolls and other yeast-raised goods. Many bakers start work at 3 or 4 a.m. so that bread
            is fresh when shops open. They work in retail bakeries, supermarkets and factories.

            ## Pastry chefs

            Pastry chefs create desserts, cakes and chocolates, usually in restaurants and hotels. They work with fine,
            expensive materials such as chocolate. A pastry chef is often trained by a baker rather than employed by a
            bakery.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("baker-vs-pastry-chef.md", ARTICLE);

    @Test
    void aPhraseSaysTheWorkplaceOfTheSubjectOfItsClause() {
        var reply = bot.ask(null, "where do bakers work?").reply();
        assertTrue(reply.contains("They work in retail bakeries"), reply);
        assertFalse(reply.contains("rather than employed by"), reply);
    }

    @Test
    void aThingAfterTwoWordsACommaJoinsIsNoColleague() {
        var reply = bot.ask(null, "who do pastry chefs work with?").reply();
        assertFalse(reply.contains("expensive materials"), reply);
    }

    @Test
    void aTimeAfterAWorkplacePhraseIsNoWorkplace() {
        var reply = bot.ask(null, "where do bakers work?").reply();
        assertTrue(reply.contains("They work in retail bakeries, supermarkets and factories"), reply);
        assertFalse(reply.contains("start work at 3"), reply);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on welders and machinists written topic by topic, beside the seed: a sub-section for each role under
 * each topic's heading, pay first, and no heading asks what a role does; the advice says nothing of where they work,
 * which the sections on their work environment say.
 */
class TradesBySectionTest {

    private static final String ARTICLE = """
            ---
            title: "Welder vs. machinist"
            roles:
              - name: welder
                aliases: [welders]
              - name: machinist
                aliases: [machinists]
            ---

            # Welder vs. machinist

            Both trades shape metal for a living. This guide compares them topic by topic.

            ## Pay

            ### Welder

            The median pay for welders was $48,940 a year in May 2023.

            ### Machinist

            Machinists earned a median of $51,390 a year in May 2023.

            ## At a glance

            ### Machinist

            Machinists cut metal into precise parts with lathes and mills.

            ## Job description

            ### Welder

            Welders join metal parts using heat and read blueprints.

            ## Work environment

            ### Welder

            Welders work in shipyards and on construction sites, sometimes outdoors and at heights.

            ### Machinist

            Machinists mostly work indoors in machine shops.

            ## The bottom line

            Pick welding if you like working with your hands. Pick machining if you prefer precision and math.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("welder-vs-machinist.md", ARTICLE);

    @Test
    void aRolesSubSectionUnderItsJobDescriptionSaysWhatItDoesNotOneUnderItsPay() {
        var does = bot.ask(null, "what does a welder do?");
        assertTrue(does.reply().contains("Welders join metal parts using heat"), does.reply());
        assertFalse(does.reply().contains("$48,940"), does.reply());
        assertFalse(does.reply().contains("shipyards"), does.reply());
        // Under a heading on no topic, too.
        var machinist = bot.ask(null, "what does a machinist do?");
        assertTrue(machinist.reply().contains("Machinists cut metal into precise parts"), machinist.reply());
        assertFalse(machinist.reply().contains("$51,390"), machinist.reply());
        assertFalse(machinist.reply().contains("machine shops"), machinist.reply());
    }

    @Test
    void topicsSaidRoleByRoleInSubSectionsAreNoArticleOnlyOnBothRoles() {
        var reply = bot.ask(null, "welder vs machinist").reply();
        assertTrue(reply.contains("Welders join metal parts using heat"), reply);
        assertTrue(reply.contains("Machinists cut metal into precise parts"), reply);
    }

    @Test
    void oneWordSaidOfOneOfTheTwoRolesAskedAboutPicksIt() {
        var dislike = bot.ask(null, "I hate working outdoors, welder or machinist?");
        assertTrue(dislike.reply().contains("rather not do, the **machinist** role"), dislike.reply());
        assertTrue(dislike.reply().contains("sometimes outdoors"), dislike.reply());
        var liking = bot.ask(null, "I like working outdoors, welder or machinist?");
        assertTrue(liking.reply().contains("the **welder** role"), liking.reply());
        // Said of neither, it picks neither.
        var neither = bot.ask(null, "I love travel, welder or machinist?");
        assertFalse(neither.reply().contains("better fit"), neither.reply());
    }

    @Test
    void aRoleAndATopicTheArticleLeavesOutAreNotCoveredNotWhatTheRoleDoes() {
        for (var question : new String[] {"welder pros and cons", "machinist pros and cons"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("don't cover that for the"), question + ": " + reply);
            assertFalse(reply.contains("join metal parts") || reply.contains("cut metal"), question + ": " + reply);
        }
    }
}

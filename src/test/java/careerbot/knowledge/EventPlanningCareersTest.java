package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event planners and wedding planners, beside the seed, in an article with no front matter: what practitioners say,
 * quoted in a blockquote, is quoted whole; a sentence said of "either job" is said of both.
 */
class EventPlanningCareersTest {

    private static final String ARTICLE = """
            # Event Planner vs. Wedding Planner: What's the Difference?

            Both organise occasions from start to finish.

            ## The role of an event planner

            An event planner organises conferences, product launches and corporate parties. Most work for agencies, \
            hotels or large companies.

            > "On a conference I might be managing 2,000 delegates and forty speakers. It's logistics, really." \
            — Priya, corporate event planner

            ## The role of a wedding planner

            A wedding planner helps a couple plan their wedding. Most wedding planners are self-employed.

            > "You're part planner, part therapist. Families can be complicated." — Tom, wedding planner

            ## Qualifications

            You don't need a degree for either job. A degree in events management can help you get a graduate job \
            at an agency. Many wedding planners start with a short course and build a portfolio.

            ## Pay

            Junior event planners typically earn £22,000 to £26,000. Wedding planners usually charge a fee of 10–15% \
            of the wedding budget.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("event-planner-vs-wedding-planner.md", ARTICLE);

    @Test
    void aQuotationIsQuotedWholeWithWhoSaidIt() {
        var logistics = bot.ask(null, "event or wedding planner, which suits me? I like logistics").reply();
        assertTrue(logistics.contains("\"On a conference I might be managing 2,000 delegates and forty speakers. "
                + "It's logistics, really.\" — Priya, corporate event planner"), logistics);
        var families = bot.ask(null, "are families complicated for wedding planners?").reply();
        assertTrue(families.contains("\"You're part planner, part therapist. Families can be complicated.\" — Tom"),
                families);
    }

    @Test
    void gettingStartedAsksHowToBecomeOne() {
        for (var question : new String[] {"how do I get started as an event planner?",
                "how do I start a career as a wedding planner?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("You don't need a degree for either job."), question + ": " + reply);
            assertFalse(reply.contains("from start to finish"), question + ": " + reply);
        }
    }

    @Test
    void aSectionAskedByItsHeadingOfOneRoleIsWhatItSaysOfThatRole() {
        var session = "wedding-" + System.nanoTime();
        bot.ask(session, "tell me about wedding planners");
        var pay = bot.ask(session, "what about their pay?").reply();
        assertTrue(pay.contains("Wedding planners usually charge a fee"), pay);
        assertFalse(pay.contains("Junior event planners"), pay);
    }

    @Test
    void aSentenceSaidOfEitherJobIsSaidOfBoth() {
        var degree = bot.ask(null, "do I need a degree to be an event planner?").reply();
        assertTrue(degree.contains("You don't need a degree for either job."), degree);
        assertTrue(degree.contains("A degree in events management can help"), degree);
        var wedding = bot.ask(null, "do wedding planners need a degree?").reply();
        assertTrue(wedding.contains("You don't need a degree for either job."), wedding);
    }
}

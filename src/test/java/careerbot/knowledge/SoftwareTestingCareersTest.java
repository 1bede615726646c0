package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page pasted as text on QA testers and SDETs that tells the moves into each in sentences under "Career path", and
 * no steps: the way into each role (not the advice "become an SDET") and where each leads.
 */
class SoftwareTestingCareersTest {

    private static final String PAGE = """
            QA Tester vs SDET: Which Testing Career Is Right for You?

            Software testing has two main career tracks. A QA tester checks software the way a user would. An SDET, or
            software development engineer in test, writes code to test software automatically.

            What is a QA tester?

            QA testers plan and run test cases by hand and write clear bug reports for developers.

            What is an SDET?

            SDETs build automation frameworks and add tests to the CI pipeline so every change is checked.

            Career path

            Many QA testers move into SDET roles by learning a programming language and an automation tool. SDETs can
            later become test architects or move into software development. Many support agents move into QA tester
            jobs once they know the product.

            Which should you choose?

            If you love writing code, become an SDET. If you would rather think like a user, start as a QA tester.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("qa-tester-vs-sdet.txt", PAGE);

    @Test
    void theWayIntoARoleIsASentenceOnAMoveIntoItWhenNoHeadingTellsIt() {
        var reply = bot.ask(null, "how do I become an SDET?").reply();
        assertTrue(reply.contains("Many QA testers move into SDET roles"), reply);
        assertFalse(reply.contains("If you love writing code"), reply);
    }

    @Test
    void howToBecomeEitherOfTwoRolesTalkedAboutIsTheMoveIntoEach() {
        bot.ask("either", "QA tester vs SDET");
        var reply = bot.ask("either", "how do I become one?").reply();
        assertTrue(reply.contains("**QA tester**\nMany support agents move into QA tester jobs")
                && reply.contains("**SDET**\nMany QA testers move into SDET roles"), reply);
    }

    @Test
    void whatComesAfterARoleIsWhereItsArticleSaysItLeads() {
        var after = bot.ask(null, "what comes after SDET?").reply();
        assertTrue(after.contains("SDETs can later become test architects"), after);
        var next = bot.ask(null, "what's the next step for a QA tester?").reply();
        assertTrue(next.contains("Many QA testers move into SDET roles"), next);
        assertFalse(next.contains("SDETs can later become"), next);
    }

    @Test
    void howToBecomeTheRoleTalkedAboutIsTheMoveIntoIt() {
        bot.ask("one", "what do SDETs do?");
        var one = bot.ask("one", "how do I become one?").reply();
        assertTrue(one.contains("Many QA testers move into SDET roles"), one);
    }
}

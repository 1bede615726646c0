package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on agile coaches and scrum masters copied as text, beside the seed: a role whose plural ends in "-es", a
 * sentence setting both roles' pay side by side, and final thoughts that advise on each.
 */
class AgileCoachingCareersTest {

    private static final String PAGE = """
            Skip to main content

            Career paths: Agile coach vs. scrum master — what's the difference?

            Published October 2, 2024| 6 minute read

                Agile coaches and scrum masters both help teams work in an agile way.

                What does a scrum master do?

                A scrum master is the facilitator of a scrum team. Scrum masters run the team's events and remove \
            obstacles that slow the team down.

                What does an agile coach do?

                An agile coach helps an organization adopt and improve agile ways of working.

                Skills each role needs

                Both roles need strong facilitation, listening and conflict-resolution skills. Agile coaches also need \
            experience of organizational change and the confidence to challenge senior leaders.

                Salary

                According to Glassdoor, the average base salary of a scrum master in the United States is about \
            $112,000 a year, while agile coaches earn about $138,000 (as of September 2024).

                Final thoughts

                If you enjoy working closely with a single team and seeing it improve sprint by sprint, the scrum \
            master role is a great fit. If you'd rather shape how a whole organization works and are comfortable \
            working with executives, consider becoming an agile coach.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("agile-coach-vs-scrum-master.txt", PAGE);

    @Test
    void aPluralInEsNamesItsRole() {
        var pay = bot.ask(null, "how much does an agile coach make?").reply();
        assertTrue(pay.contains("agile coaches earn about $138,000"), pay);
    }

    @Test
    void aSentenceGoingOnUnderAHeadingOnTheTopicIsQuotedWithTheOneBefore() {
        var skills = bot.ask(null, "what skills does an agile coach need?").reply();
        assertTrue(skills.contains("Agile coaches also need experience of organizational change"), skills);
    }

    @Test
    void adviceNamingNoRoleLooksForWhatTheUserLikes() {
        var executives = bot.ask(null, "which suits me? I want to work with executives").reply();
        assertTrue(executives.contains("consider becoming an agile coach"), executives);
        assertFalse(executives.contains("product owner"), executives);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A web page on mechanical and electrical engineers copied as text, beside the seed: "Share" and a table of contents
 * between the byline and the introduction, links to related articles, a feedback prompt and the copyright after the
 * article.
 */
class EngineeringDisciplinesTest {

    private static final String PAGE = """
            Skip to main content
            Careers Hub
            Mechanical Engineer vs. Electrical Engineer: What's the Difference?
            By Priya Natarajan | Updated June 3, 2025 | 7 min read
            Share
            Table of contents
            What does a mechanical engineer do?
            What does an electrical engineer do?
            Which is right for you?

            Mechanical and electrical engineering are two of the largest engineering disciplines. Both design, build \
            and test, but they work with very different things.

            What does a mechanical engineer do?
            Mechanical engineers design machines and devices that move, from car engines to robots.
            Pros
            Work in almost every industry, from cars to medical devices.

            What does an electrical engineer do?
            Electrical engineers design electrical equipment, such as motors and power generation systems.
            Pros
            Some of the highest starting salaries in engineering.

            Which is right for you?
            If you like physical things you can take apart, mechanical engineering may suit you. If you are \
            fascinated by circuits, consider electrical engineering.

            Related articles
            Civil engineer vs. structural engineer
            How to become a PE
            Was this article helpful? Yes No
            © 2025 Careers Hub. All rights reserved.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("mechanical-vs-electrical-engineer.txt", PAGE);

    /** The same without its table of contents: the first line written again is a heading of the article's own. */
    @RegisterExtension
    static final BotWithArticle withoutContents = BotWithArticle.alone("mechanical-vs-electrical-engineer.txt",
            PAGE.replace("Table of contents\nWhat does a mechanical engineer do?\nWhat does an electrical engineer do?\n"
                    + "Which is right for you?\n", ""));

    @Test
    void theIntroductionAfterATableOfContentsIsUnderTheTitle() {
        var common = bot.ask(null, "what do mechanical and electrical engineers have in common?");
        assertTrue(common.reply().contains("- Both design, build and test"), common.reply());
        assertEquals("Mechanical Engineer vs. Electrical Engineer: What's the Difference?",
                common.sources().get(0).section(), common.reply());
    }

    @Test
    void aHeadingWrittenAgainFurtherDownIsNoTableOfContents() {
        for (var page : List.of(bot, withoutContents)) {
            var pros = page.ask(null, "what are the pros of being a mechanical engineer?").reply();
            assertTrue(pros.contains("Work in almost every industry"), pros);
        }
    }

    @Test
    void whatFollowsTheArticleOnThePageIsNoPartOfIt() {
        var civil = bot.ask(null, "what does a civil engineer do?").reply();
        assertTrue(civil.startsWith("I don't have an article about the civil engineer role."), civil);
        var rights = bot.ask(null, "what rights are reserved?").reply();
        assertFalse(rights.contains("All rights reserved"), rights);
    }
}

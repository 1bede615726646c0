package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page copied as text with a line per paragraph and no blank lines between a heading and its text: a breadcrumb
 * before a title in title case, a byline and a date after it, a table of contents repeating the headings, a list
 * item wrapped before a word in lower case and a paragraph before a capital, and an FAQ. The page is the bot's only
 * article.
 */
class PagesCopiedLineByLineTest {

    private static final String PAGE = """
            Home
            Blog
            UX Designer vs. UI Designer: What's the Difference?
            By Jane Doe
            March 3, 2025
            Demand for both roles is expected to keep growing as more companies invest in digital products.
            Table of contents
            What Is a UX Designer?
            Key Differences
            Do UX designers need to code?
            What Is a UX Designer?
            A UX designer researches how people use a product and designs flows that make it easy to use.
            Typical tasks include:
            - Planning and running user research
            - Mapping user journeys and
              information architecture
            - Creating wireframes and interactive prototypes
            What Is a UI Designer?
            A UI designer decides how each screen looks: layout, typography, color and buttons.
            Key Differences
            UX design is about the whole experience and relies on research, while UI design is about the visual layer.
            Salary
            The average UX designer salary in the U.S. is about $98,000 a year, according to
            Glassdoor, and the average UI designer salary is about $85,000.
            FAQ
            Do UX designers need to code?
            Not usually. Some HTML and CSS helps them talk with developers.
            """;

    @RegisterExtension
    static final BotWithArticle bot = BotWithArticle.alone("ux-vs-ui.txt", PAGE);

    @Test
    void eachLineIsAParagraphOrAHeadingAndTheRolesAreWrittenAsInASentence() {
        var overview = bot.ask(null, "what does a UX designer do?");
        assertEquals(List.of("ux designer"), overview.roles(), overview.reply());
        assertTrue(overview.reply().startsWith("**What a UX designer does**"), overview.reply());
        assertTrue(overview.reply().contains("A UX designer researches how people use a product"), overview.reply());
        assertTrue(overview.reply().contains("- Mapping user journeys and information architecture\n"
                + "- Creating wireframes and interactive prototypes"), "an item wrapped in lower case: " + overview.reply());
        assertTrue(overview.reply().contains("_Source: UX Designer vs. UI Designer: What's the Difference? — What Is a "
                + "UX Designer?_"), overview.reply());
    }

    @Test
    void theLinesOfTheTableOfContentsHideNoSection() {
        var compared = bot.ask(null, "how does a UX designer differ from a UI designer?").reply();
        assertTrue(compared.contains("relies on research"), compared);
        assertTrue(compared.contains("— Key Differences_"), compared);
        var code = bot.ask(null, "do UX designers need to code?").reply();
        assertTrue(code.contains("Not usually."), code);
    }

    @Test
    void theBylineAndTheDateAreNoHeadings() {
        var outlook = bot.ask(null, "is there demand for UI designers?").reply();
        assertTrue(outlook.contains("Demand for both roles is expected to keep growing"), outlook);
        assertTrue(outlook.contains("— UX Designer vs. UI Designer: What's the Difference?_"), "under the title: "
                + outlook);
    }

    @Test
    void aParagraphWrappedBeforeACapitalIsOne() {
        var pay = bot.ask(null, "how much does a UX designer make?").reply();
        assertTrue(pay.contains("about $98,000 a year, according to Glassdoor, and the average UI designer salary"),
                pay);
    }

    @Test
    void whatARoleEarnsIsAskedAsWhatItDoesIsButIsNoOverview() {
        var pay = bot.ask(null, "what does a ux designer earn").reply();
        assertTrue(pay.contains("The average UX designer salary in the U.S. is about $98,000"), pay);
    }
}

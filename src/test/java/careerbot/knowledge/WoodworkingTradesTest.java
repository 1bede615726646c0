package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A UK page on carpenters and joiners copied as text: "Joiners work from technical drawings" says what they work from,
 * not where; "Most joiners work in a workshop or factory" does.
 */
class WoodworkingTradesTest {

    private static final String PAGE = """
            Carpenter vs Joiner: What's the Difference?

            Trade Careers UK

            In the UK, carpenters and joiners are often mentioned in the same breath, and many tradespeople do both.

            What does a joiner do?

            A joiner makes wooden items in a workshop: doors, window frames and staircases. Joiners work from \
            technical drawings and use machines such as table saws and planers. Most joiners work in a workshop or \
            factory.

            What does a carpenter do?

            A carpenter fits and installs timber on site. Carpenters put up roof timbers, floor joists and stud walls.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("carpenter-vs-joiner.txt", PAGE);

    @Test
    void workingFromDrawingsIsNoWorkplace() {
        var where = bot.ask(null, "where do joiners work?").reply();
        assertTrue(where.contains("Most joiners work in a workshop or factory"), where);
        assertFalse(where.contains("technical drawings"), where);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on baristas and café managers, beside the seed: headings in capitals, a byline, "•" items, and the
 * way up from one role to the other under a heading that names neither ("HOW TO MOVE UP").
 */
class CoffeeCareersTest {

    private static final String PAGE = """
            Barista vs. Café Manager: Which Coffee Career Is Right for You?
            Updated March 2025 · 6 min read

            WHAT DOES A BARISTA DO?
            A barista prepares and serves espresso drinks, takes orders and keeps the bar clean.
            • Steaming milk and pouring latte art

            WHAT DOES A CAFÉ MANAGER DO?
            A café manager runs the whole shop: hiring and training staff, ordering stock and setting rotas.

            HOW TO MOVE UP
            Ask to train as a shift supervisor after six months behind the bar. Supervisors who learn stock control \
            are usually first in line for assistant manager and then café manager roles. Café managers often \
            promote from within.

            THE BOTTOM LINE
            Choose barista work if you love coffee and want flexible, part-time hours. Choose café management if you \
            enjoy leading people.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("barista-vs-cafe-manager.txt", PAGE);

    @Test
    void aWayUpNamingTheRoleItLeadsToLeadsToThatRoleAlone() {
        var manager = bot.ask(null, "how do I become a cafe manager?").reply();
        assertTrue(manager.contains("Ask to train as a shift supervisor"), manager);
        var barista = bot.ask(null, "how do I become a barista?").reply();
        assertFalse(barista.contains("shift supervisor"), barista);
    }

    @Test
    void aQuestionHeadingOnNoRoleKeepsWhatNamesAnotherRoleOnlyAsWhereItLeads() {
        var up = bot.ask(null, "how can a barista move up?").reply();
        assertTrue(up.contains("Ask to train as a shift supervisor")
                && up.contains("first in line for assistant manager and then café manager roles"), up);
    }
}

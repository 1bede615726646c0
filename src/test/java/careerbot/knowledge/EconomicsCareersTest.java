package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on economists and financial analysts whose paragraph on education names the economist's field in the
 * financial analyst's sentence ("a bachelor's degree in finance, accounting or economics"): that sentence is not
 * said of the economist.
 */
class EconomicsCareersTest {

    private static final String ARTICLE = """
            # Economist vs Financial Analyst: What's the Difference?

            ## What is an economist?

            An economist researches how societies produce and use resources.

            ## What is a financial analyst?

            A financial analyst evaluates investments for a bank, a fund or a company.

            ## Education and certifications

            Most economist jobs require a master's degree or a PhD in economics. Financial analysts usually need a
            bachelor's degree in finance, accounting or economics; many take the Chartered Financial Analyst (CFA)
            exams.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("economist-vs-financial-analyst.md", ARTICLE);

    @Test
    void aRoleNamedByItsFieldAfterAnotherRoleIsNotWhatTheSentenceSpeaksOf() {
        var reply = bot.ask(null, "do I need a PhD to be an economist?").reply();
        assertTrue(reply.contains("Most economist jobs require a master's degree or a PhD"), reply);
        assertFalse(reply.contains("Financial analysts usually need"), reply);
    }
}

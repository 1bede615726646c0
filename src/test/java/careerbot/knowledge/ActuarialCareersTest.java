package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article without front matter on actuaries and financial analysts, beside the seed: a title ending in "-y" that
 * users write in the plural, "actuaries", and a table the user asks of with a comparative ("longer hours").
 */
class ActuarialCareersTest {

    private static final String ARTICLE = """
            # Actuary vs. Financial Analyst: Comparing Two Numbers Careers

            ## Actuary

            Actuaries estimate the cost of future events such as accidents and illnesses. Most work for insurance \
            companies.

            ## Financial analyst

            Financial analysts evaluate stocks, bonds and companies to guide investment decisions.

            ## Key differences

            Actuaries price risk. Financial analysts judge investments.

            ## Side by side

            | | Actuary | Financial analyst |
            | --- | --- | --- |
            | Typical employer | Insurance companies | Banks and investment firms |
            | Work hours | Mostly regular office hours | Long hours around earnings season |
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("actuary-vs-financial-analyst.md", ARTICLE);

    @Test
    void aTitleInYIsNamedByItsPluralInIes() {
        var reply = bot.ask(null, "where do actuaries work?");
        assertEquals(List.of("actuary"), reply.roles(), reply.reply());
        assertTrue(reply.reply().contains("Most work for insurance companies."), reply.reply());
        var both = bot.ask(null, "what do actuaries and financial analysts do?");
        assertEquals(List.of("actuary", "financial analyst"), both.roles(), both.reply());
    }

    @Test
    void theArticlesPluralInIesNamesItsRoleToo() {
        var reply = bot.ask(null, "actuary vs financial analyst").reply();
        assertTrue(reply.contains("- *Actuary:* Actuaries price risk.\n- *Financial analyst:* Financial analysts judge "
                + "investments."), reply);
    }

    @Test
    void aComparativeAsksRatherThanNamesTheTopic() {
        var reply = bot.ask(null, "who works longer hours, actuaries or financial analysts?").reply();
        assertTrue(reply.contains("Work hours — Actuary: Mostly regular office hours; Financial analyst: Long hours "
                + "around earnings season"), reply);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on actuaries and statisticians, beside the seed, written role by role: a section headed by each role,
 * made of sub-sections that name no role ("## Actuary", "### Duties", "### Education", "### Salary"), one on
 * both ("## Skills"), and the way into one of them.
 */
class SectionPerRoleTest {

    private static final String ARTICLE = """
            ---
            title: "Actuary vs. statistician: two careers built on numbers"
            roles:
              - name: actuary
                aliases: [actuaries]
              - name: statistician
                aliases: [statisticians]
            ---

            # Actuary vs. statistician: two careers built on numbers

            Actuaries and statisticians both turn data into decisions.

            ## Actuary

            ### Duties

            - Estimate the probability and cost of events such as accidents
            - Design insurance policies and set their prices

            ### Education and exams

            Most actuaries have a bachelor's degree in mathematics and pass a series of professional exams.

            ### Salary

            The median annual wage for actuaries was $120,000 in May 2023.

            ## Statistician

            ### Duties

            - Design surveys, experiments and opinion polls
            - Analyse data with statistical software and report the results

            ### Education

            Statisticians typically need a master's degree in statistics.

            ### Salary

            The median annual wage for statisticians was $104,110 in May 2023.

            ## Skills

            Actuaries need business sense. Both need strong mathematics.

            ## How to become an actuary

            1. Earn a degree in mathematics.
            2. Pass the first professional exams while at university.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("actuary-vs-statistician.md", ARTICLE);

    @Test
    void whatARoleDoesIsTheFirstSubSectionOfItsSection() {
        var actuary = bot.ask(null, "what does an actuary do?");
        assertTrue(actuary.reply().contains("- Estimate the probability")
                && actuary.reply().contains("- Design insurance policies"), actuary.reply());
        assertFalse(actuary.reply().contains("Design surveys") || actuary.reply().contains("$120,000"),
                actuary.reply());
        var statistician = bot.ask(null, "what does a statistician do");
        assertTrue(statistician.reply().contains("- Design surveys")
                && statistician.reply().contains("- Analyse data"), statistician.reply());
        assertFalse(statistician.reply().contains("$104,110"), statistician.reply());
    }

    @Test
    void aSubSectionAskedForByItsHeadingIsOfTheRoleTalkedAbout() {
        var actuary = bot.ask(null, "what does an actuary do?");
        var education = bot.ask(actuary.sessionId(), "what about their education?");
        assertTrue(education.reply().contains("Most actuaries have a bachelor's degree"), education.reply());
        assertFalse(education.reply().contains("master's degree in statistics"), education.reply());
        // Under a heading on no role, what a passage naming one role says of both is of the other too.
        var statistician = bot.ask(null, "what does a statistician do?");
        var skills = bot.ask(statistician.sessionId(), "what skills do they need?");
        assertTrue(skills.reply().contains("Both need strong mathematics"), skills.reply());
    }

    @Test
    void theWayIntoEitherRoleIsNotOneRolesStepsAlone() {
        var compared = bot.ask(null, "actuary vs statistician");
        var either = bot.ask(compared.sessionId(), "how do I become one?");
        // Only the actuary's way in has a heading: not those steps as if they were the whole answer.
        assertTrue(either.reply().contains("master's degree in statistics"), either.reply());
    }

    @Test
    void rolesAreComparedUnderTheSubheadingsTheyShareButTheOneTheirWorkIsQuotedFrom() {
        var compared = bot.ask(null, "actuary vs statistician").reply();
        assertTrue(compared.contains("**Salary**\n- *Actuary:* The median annual wage for actuaries was $120,000"),
                compared);
        assertFalse(compared.contains("**Duties**"), compared);
    }
}

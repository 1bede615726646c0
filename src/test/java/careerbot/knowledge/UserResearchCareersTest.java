package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UX researchers and UX designers, beside the seed: advice that names each role by its field ("Pick research if…",
 * "Pick design if…"), and a salary table with a note of where its figures come from, dated.
 */
class UserResearchCareersTest {

    private static final String ARTICLE = """
            ---
            title: "UX researcher vs. UX designer: who does what?"
            roles:
              - name: UX researcher
                aliases: [UX researchers, user researcher]
              - name: UX designer
                aliases: [UX designers]
            ---

            # UX researcher vs. UX designer: who does what?

            UX researchers find out what people need; UX designers turn those needs into products people can use.

            ## Skills and tools

            UX researchers need strong interviewing and analysis skills. UX designers need visual and interaction
            design skills and use Figma.

            ## Salary

            | | UX researcher | UX designer |
            | --- | --- | --- |
            | Entry level | $85,000 | $75,000 |
            | Senior | $150,000 | $135,000 |

            *Figures: median US base salaries, Levels.fyi, 2024.*

            ## Which should you pick?

            Pick research if you are endlessly curious about why people do what they do and enjoy writing up what you
            learn. Pick design if you love making things and want to see your ideas on a screen.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("ux-researcher-vs-ux-designer.md", ARTICLE);

    @Test
    void adviceNamingARoleByItsFieldIsOnThatRole() {
        var making = bot.ask(null, "which suits me? I love making things").reply();
        assertTrue(making.contains("the **UX designer** role looks like the better fit"), making);
        var writing = bot.ask(null, "UX researcher or UX designer? I enjoy writing").reply();
        assertTrue(writing.contains("the **UX researcher** role looks like the better fit"), writing);
    }

    @Test
    void aYearIsNoAmount() {
        var more = bot.ask(null, "which pays more?").reply();
        assertTrue(more.contains("- Entry level — UX researcher: $85,000; UX designer: $75,000"), more);
        assertFalse(more.contains("Figures:"), more);
    }
}

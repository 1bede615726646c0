package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Junior and senior developers, beside the seed: a heading that goes "from" one role "to" the other says the move
 * between them, though it holds no word of moving ("become", "switch").
 */
class DeveloperLevelsTest {

    private static final String ARTICLE = """
            ---
            title: "Junior developer vs. senior developer"
            roles:
              - name: junior developer
                aliases: [juniors]
              - name: senior developer
                aliases: [seniors]
            ---

            # Junior developer vs. senior developer

            ## The junior developer

            A junior developer works on well-defined tasks: fixing bugs, adding small features and writing tests.

            ## The senior developer

            A senior developer owns whole features or systems, from design to release.

            ## How to go from junior to senior

            Take on bigger tasks and start helping newer colleagues. Most developers make the step in three to five \
            years.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("junior-vs-senior-developer.md", ARTICLE);

    @Test
    void aHeadingFromOneRoleToTheOtherSaysTheMove() {
        var up = bot.ask(null, "can a junior developer become a senior developer?").reply();
        assertTrue(up.contains("Take on bigger tasks and start helping newer colleagues."), up);
        var down = bot.ask(null, "can a senior developer become a junior developer?").reply();
        assertTrue(down.contains("don't cover a move from senior developer to junior developer"), down);
    }
}

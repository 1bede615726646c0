package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on game designers and game developers, with no front matter, beside the seed: another name for a role
 * given in its text ("A game developer, sometimes called a game programmer, …") is one of the role's names.
 */
class GameCareersTest {

    private static final String ARTICLE = """
            Game Designer vs. Game Developer: What's the Difference?

            Game designers and game developers both make video games. Designers decide what the game is; developers \
            write the code that makes it run.

            What is a game designer?

            A game designer creates the rules, story, characters and levels of a game.

            What is a game developer?

            A game developer, sometimes called a game programmer, writes the code that turns a design into a playable \
            game, usually in C++ or C# with engines such as Unreal or Unity.

            Salary

            According to Glassdoor, game designers in the US earn an average of $75,000 a year and game developers \
            $95,000 (February 2025).
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("game-designer-vs-game-developer.txt", ARTICLE);

    @Test
    void aNameTheTextGivesARoleIsOneOfItsNames() {
        for (var question : new String[] {"what is a game programmer?", "what do game programmers do?"}) {
            var reply = bot.ask(null, question);
            assertEquals(List.of("game developer"), reply.roles(), question + ": " + reply.reply());
            assertTrue(reply.reply().contains("writes the code that turns a design into a playable game"),
                    question + ": " + reply.reply());
        }
    }
}

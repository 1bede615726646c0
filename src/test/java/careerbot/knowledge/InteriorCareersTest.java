package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interior designers and decorators, beside the seed: a table of ticks and crosses, myths each set right by a fact,
 * and an introduction that says what the second role does in a clause of a sentence on the first.
 */
class InteriorCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Interior Designer vs. Interior Decorator"
            roles:
              - interior designer
              - interior decorator
            ---

            # Interior Designer vs. Interior Decorator

            People use the two titles as if they meant the same thing. They don't. An interior designer plans and \
            shapes interior spaces, sometimes down to the walls, while an interior decorator furnishes and styles \
            spaces that already exist.

            ## What can each one do?

            | Task | Interior designer | Interior decorator |
            |---|:---:|:---:|
            | Choose paint, fabrics and furniture | ✓ | ✓ |
            | Draw floor plans | ✓ | ✗ |

            ## Myths and facts

            **Myth:** Decorators are just designers without a degree.
            **Fact:** Decorating is a craft of its own.

            **Myth:** You need a designer for every project.
            **Fact:** If you are not changing the layout of a room, a decorator is often the better and cheaper choice.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("interior-designer-vs-decorator.md", ARTICLE);

    @Test
    void whatARoleDoesMayBeSaidInAClauseOfTheIntroduction() {
        var decorator = bot.ask(null, "what does an interior decorator do?").reply();
        assertTrue(decorator.contains("An interior decorator furnishes and styles spaces that already exist."),
                decorator);
        assertFalse(decorator.contains("Myth"), decorator);
    }

    @Test
    void aMythIsQuotedWithTheFactThatSetsItRight() {
        var project = bot.ask(null, "do I need a designer for every project?").reply();
        assertTrue(project.contains("Myth: You need a designer for every project. Fact: If you are not changing"),
                project);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on virtual and personal assistants copied as text, whose way into each role is told under "Getting Started",
 * a heading naming neither, in a paragraph on both: how to become one is what it says of that role and of none.
 */
class AssistantsTest {

    private static final String PAGE = """
            Virtual Assistant vs Personal Assistant: Which Should You Become?

            Posted in Careers | 7 min read

            If you're organised and discreet, a career as an assistant can be rewarding.

            What Is a Virtual Assistant?

            A virtual assistant (VA) is a self-employed professional who provides administrative support to clients \
            remotely. Most work from home and serve several clients at once.

            What Is a Personal Assistant?

            A personal assistant (PA) works directly for one person, usually a senior executive. Most PAs work in an \
            office alongside their boss.

            Getting Started

            No degree is required for either role. Many VAs start by offering services to small businesses on \
            freelance platforms such as Upwork. PAs usually begin as administrative assistants or receptionists \
            before moving up.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("virtual-vs-personal-assistant.txt", PAGE);

    @Test
    void theWayIntoARoleIsWhatAHeadingNamingNeitherSaysOfIt() {
        var virtual = bot.ask(null, "how do I become a virtual assistant?").reply();
        assertTrue(virtual.contains("No degree is required") && virtual.contains("Many VAs start"), virtual);
        assertFalse(virtual.contains("PAs usually begin"), virtual);
        var personal = bot.ask(null, "how do I get started as a PA?").reply();
        assertTrue(personal.contains("PAs usually begin as administrative assistants"), personal);
        assertFalse(personal.contains("Many VAs start"), personal);
    }
}

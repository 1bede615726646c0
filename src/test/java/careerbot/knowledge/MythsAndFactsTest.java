package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Radio hosts and podcasters, beside the seed, in an article that says what a podcaster does only where it sets a
 * myth right: the myth is never quoted as if the article said it.
 */
class MythsAndFactsTest {

    private static final String ARTICLE = """
            ---
            title: "Radio host vs. podcaster"
            roles:
              - name: radio host
              - name: podcaster
            ---

            # Radio host vs. podcaster

            ## Myths and facts

            **Myth:** Podcasters just talk into a microphone.
            **Fact:** Most podcasters also edit, market and sell ads.

            ## On air

            A radio host presents live shows on a station's schedule.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("radio-host-vs-podcaster.md", ARTICLE);

    @Test
    void aMythIsQuotedAsAMythWithTheFactThatSetsItRight() {
        for (var question : new String[] {"what does a podcaster do?", "do podcasters just talk into a microphone?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("Myth: Podcasters just talk into a microphone. Fact: Most podcasters also edit"),
                    question + ": " + reply);
            assertFalse(reply.contains("\n\nPodcasters just talk"), question + ": " + reply);
        }
    }
}

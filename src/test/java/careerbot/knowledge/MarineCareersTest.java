package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page pasted as text in paragraphs under its title alone, on marine biologists and oceanographers: compared, each
 * role's overview comes before what sets them apart; a kind of one, named by a word before its name, is what the
 * page says of it.
 */
class MarineCareersTest {

    private static final String PAGE = """
            Marine Biologist or Oceanographer?

            Marine biologists study living things in the ocean, from plankton to whales. Many marine biologists work
            for government agencies, aquariums and universities.

            Oceanographers study the ocean itself: its currents, chemistry and the sea floor. Physical oceanographers
            model how water moves; geological oceanographers map the sea floor.

            A bachelor's degree in biology is the usual start for marine biologists. Oceanographers usually come from
            physics, chemistry or mathematics.

            If you are fascinated by animals, marine biology is the obvious choice. If you prefer physics and
            modelling, look at oceanography.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("marine-biologist-vs-oceanographer.txt", PAGE);

    @Test
    void rolesOfAPageWithNoHeadingsAreComparedAfterTheirOverviews() {
        var reply = bot.ask(null, "marine biologist vs oceanographer").reply();
        assertTrue(reply.contains("**Marine biologist**\nMarine biologists study living things in the ocean")
                && reply.contains("**Oceanographer**\nOceanographers study the ocean itself"), reply);
        assertTrue(reply.indexOf("Oceanographers study the ocean itself")
                < reply.indexOf("A bachelor's degree in biology"), reply);
    }

    @Test
    void aKindOfARoleIsWhatTheArticleSaysOfItUnderThatName() {
        var reply = bot.ask(null, "what is a physical oceanographer?").reply();
        assertTrue(reply.contains("Physical oceanographers model how water moves"), reply);
        assertFalse(reply.contains("If you prefer physics"), reply);
    }
}

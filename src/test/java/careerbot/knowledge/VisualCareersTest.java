package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on photographers and videographers, beside the seed, whose every heading names both roles
 * ("Photographer vs. videographer: gear") over a paragraph on each.
 */
class VisualCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Photographer vs. videographer: which visual career is for you?"
            roles:
              - name: photographer
              - name: videographer
            ---

            # Photographer vs. videographer: which visual career is for you?

            Photographers capture still images; videographers record moving pictures and sound.

            ## Photographer vs. videographer: the work

            A photographer plans shoots, directs subjects and then edits the best frames in Lightroom.

            A videographer films events and interviews, records clean audio and edits footage into a story. Editing \
            often takes three to five times as long as the shoot.

            ## Photographer vs. videographer: gear

            Photographers need a camera body, two or three lenses and lighting. Videographers need the same plus \
            microphones and a gimbal, so their kit usually costs more.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("photographer-vs-videographer.md", ARTICLE);

    @Test
    void aSentenceNamingNoRoleIsOnTheRoleItsParagraphNames() {
        var reply = bot.ask(null, "do photographers do editing?").reply();
        assertTrue(reply.contains("edits the best frames"), reply);
        assertFalse(reply.contains("three to five times"), reply);
    }

    @Test
    void equipmentAndCostAreAskedInOtherWords() {
        var equipment = bot.ask(null, "what equipment do photographers need?").reply();
        assertTrue(equipment.contains("a camera body"), equipment);
        var expensive = bot.ask(null, "is videography expensive?").reply();
        assertTrue(expensive.contains("costs more"), expensive);
    }
}

package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with no front matter that gives a role another name in brackets after its name in bold ("A **sound
 * engineer** (or audio engineer)"): the other name is the role; "or" after a role's name in a list is no other name.
 */
class StudioCareersTest {

    private static final String ARTICLE = """
            # Sound engineer vs. music producer

            People often use the two titles as if they meant the same thing, but in a studio they are different jobs.

            ## The short answer

            A **music producer** shapes the creative direction of a recording. A **sound engineer** (or audio engineer)
            handles the technical side: microphones, recording levels, mixing and mastering.

            ## A sound engineer's job

            Sound engineers set up and position microphones and run the mixing desk. They work with singers, music
            producers, or arrangers, and report to a studio manager or a music producer (or higher).

            ## A music producer's job

            Music producers work with artists to choose songs and shape arrangements.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("sound-engineer-vs-music-producer.md", ARTICLE);

    @Test
    void aNameGivenInBracketsAfterTheRolesNameInBoldIsTheRole() {
        var reply = bot.ask(null, "what is an audio engineer?").reply();
        assertTrue(reply.contains("Sound engineers set up and position microphones"), reply);
        assertFalse(reply.contains("I don't have an article"), reply);
    }

    @Test
    void theLastOfAListAfterOrIsNoOtherName() {
        var reply = bot.ask(null, "what does an arranger do?").reply();
        assertFalse(reply.contains("Music producers work with artists"), reply);
        var higher = bot.ask(null, "what is a higher?").reply();
        assertFalse(higher.contains("Music producers work with artists"), higher);
    }
}

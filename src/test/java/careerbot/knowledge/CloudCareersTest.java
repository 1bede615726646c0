package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on cloud architects and cloud engineers, beside the seed: its differences name one role as what the
 * other has been, and its closing section, headed like the seed's, advises on each with "If you…".
 */
class CloudCareersTest {

    private static final String ARTICLE = """
            ---
            title: "What's the difference between a cloud architect and a cloud engineer?"
            roles: [cloud architect, cloud engineer]
            ---

            # What's the difference between a cloud architect and a cloud engineer?

            ## What are some differences between a cloud architect and a cloud engineer?

            A cloud architect focuses on the big picture. A cloud engineer focuses on implementation. Both need \
            strong communication.

            Cloud architects usually need more experience. Most have eight to ten years in IT, often including \
            several years as a cloud engineer, while cloud engineers can start with two to three years of experience.

            Salaries differ too. Cloud architects earn an average base salary of $145,000, compared with $118,000 for \
            cloud engineers.

            ## Final thoughts

            Both roles are good ways to build a career in cloud computing. If you enjoy hands-on building and \
            automation, start as a cloud engineer. If you prefer design and strategy, aim for a cloud architect role.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("cloud-architect-vs-cloud-engineer.md", ARTICLE);

    @Test
    void aClauseNamingARoleAsWhatSomeoneHasBeenGoesOnAboutTheRoleBefore() {
        var reply = bot.ask(null, "cloud architect vs cloud engineer").reply();
        assertTrue(reply.contains("- *Cloud architect:* Cloud architects usually need more experience. Most have eight "
                + "to ten years in IT, often including several years as a cloud engineer.\n"
                + "- *Cloud engineer:* Cloud engineers can start with two to three years of experience."), reply);
        assertTrue(reply.contains("- *Cloud engineer:* A cloud engineer focuses on implementation.\n"), reply);
        // One sentence comparing both is quoted whole.
        assertTrue(reply.contains("Cloud architects earn an average base salary of $145,000, compared with $118,000 "
                + "for cloud engineers."), reply);
    }

    @Test
    void aSectionAdvisingOnEachRoleWithIfYouIsTheAdviceWhateverItsHeading() {
        var reply = bot.ask(null, "which one should I choose, cloud architect or cloud engineer?").reply();
        assertTrue(reply.contains("**Cloud architect**: If you prefer design and strategy, aim for a cloud architect "
                + "role."), reply);
        assertTrue(reply.contains("**Cloud engineer**: If you enjoy hands-on building and automation, start as a cloud "
                + "engineer."), reply);
        assertFalse(reply.contains("more experience"), reply);
        // A liking that section doesn't name is looked for among the differences.
        var liking = bot.ask(null, "I like implementation").reply();
        assertTrue(liking.contains("the **cloud engineer** role looks like the better fit"), liking);
        assertTrue(liking.contains("A cloud engineer focuses on implementation."), liking);
    }
}
